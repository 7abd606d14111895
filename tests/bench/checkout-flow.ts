/**
 * A whole checkout through the storefront's own routes, as a browser without JavaScript posts
 * its forms: add to cart (which sets the cart cookie), contact → address → delivery (reading the
 * first rate off the page) → payment (the test card) → review → pay. Throws on any step that does
 * not redirect where the next step expects.
 */
export async function checkoutOnce(origin: string, variantId: string, email: string): Promise<void> {
  const post = async (url: string, form: Record<string, string>, cookie = '') => {
    const res = await fetch(`${origin}${url}`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams(form),
      redirect: 'manual',
    });
    await res.arrayBuffer();
    return res;
  };
  const add = await post('/cart', {
    cartFormInput: JSON.stringify({
      action: 'LinesAdd',
      inputs: { lines: [{ merchandiseId: variantId, quantity: 1 }] },
    }),
  });
  const cookie = (add.headers.get('set-cookie') ?? '').split(';')[0]!;
  if (!cookie.startsWith('cart=')) throw new Error(`add to cart set no cart cookie (HTTP ${add.status})`);
  const base = `/checkout/${cookie.replace('cart=', '')}`;
  const expect = (res: Response, to: string) => {
    if (!(res.headers.get('location') ?? '').endsWith(to))
      throw new Error(
        `checkout ${email}: expected a redirect to ${to}, got ${res.status} ${res.headers.get('location')}`,
      );
  };
  expect(await post(`${base}/contact`, { email }, cookie), '/address');
  expect(
    await post(
      `${base}/address`,
      {
        countryCode: 'US',
        firstName: 'Bench',
        lastName: 'Shopper',
        address1: '1 Main St',
        city: 'Austin',
        province: 'TX',
        zip: '73301',
      },
      cookie,
    ),
    '/delivery',
  );
  const page = await (await fetch(`${origin}${base}/delivery`, { headers: { cookie } })).text();
  const rate = /name="rate" value="(\d+)"/.exec(page)?.[1];
  if (!rate) throw new Error(`checkout ${email}: no shipping rate on the delivery page`);
  expect(await post(`${base}/delivery`, { rate }, cookie), '/payment');
  expect(
    await post(`${base}/payment`, { number: '4242424242424242', expiry: '12/34', cvc: '123' }, cookie),
    '/review',
  );
  expect(await post(`${base}/review`, {}, cookie), '/thank-you');
}
