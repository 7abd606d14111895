import { renderSVG } from 'uqr';
import type { ReturnAddress } from '#app/db/schema/returns.ts';
import type { ReturnRow } from './returns.server.ts';

/**
 * What the shopper puts on or in the parcel. A provider makes it: a carrier integration would
 * buy a prepaid label and return its tracking number; the built-in one issues a printable return
 * authorisation (the RMA, a QR code the warehouse scans to open the return, the return address).
 */
export interface ReturnLabel {
  kind: 'authorisation' | 'carrier';
  rma: string;
  /** An SVG of the QR code (made here from the RMA: no user text reaches the markup). */
  qrSvg: string;
  address: ReturnAddress | null;
  trackingNumber: string | null;
}

export interface LabelProvider {
  readonly kind: string;
  labelFor(ret: Pick<ReturnRow, 'rma'>, address: ReturnAddress | null): Promise<ReturnLabel>;
}

export const printableAuthorisation: LabelProvider = {
  kind: 'printable-authorisation',
  async labelFor(ret, address) {
    return {
      kind: 'authorisation',
      rma: ret.rma,
      qrSvg: renderSVG(ret.rma, { border: 1 }),
      address,
      trackingNumber: null,
    };
  },
};

/** The store's label provider; carriers plug in here. */
export function labelProvider(): LabelProvider {
  return printableAuthorisation;
}
