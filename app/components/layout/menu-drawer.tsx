import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { type LayoutData } from '#app/storefront/use-layout.ts';

/** Invoker commands (`commandfor`/`command`): the browser opens and closes the dialog itself, even before or without JavaScript. */
const invoke = (target: string, command: 'show-modal' | 'close') =>
  ({ commandfor: target, command }) as Record<string, string>;

/**
 * The small-screen menu: a button that opens a modal <dialog> from the inline start edge.
 * The native modal dialog traps focus, makes the page inert, closes on Escape and gives focus
 * back to the button. Following a link inside closes it.
 */
export function MenuDrawer({ root }: { root: LayoutData }) {
  const { t } = useTranslation();
  const id = useId();
  const dialogId = `${id}-menu`;
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const home = root.prefix || '/';
  useEffect(() => {
    dialog.current?.close();
  }, [location.pathname, location.search]);

  const show = (e: React.MouseEvent) => {
    if (!dialog.current?.showModal) return;
    e.preventDefault();
    if (!dialog.current.open) dialog.current.showModal();
    setOpen(true);
  };
  const close = (e: React.MouseEvent) => {
    e.preventDefault();
    dialog.current?.close();
  };
  // A modal dialog keeps the page inert, but Tab past its last link would leave for the browser's
  // own controls: wrap around so keyboard focus stays in the drawer until it is closed.
  const wrapFocus = (e: React.KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab') return;
    const focusable = [...e.currentTarget.querySelectorAll<HTMLElement>('a[href], button:not([disabled])')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    } else if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    }
  };

  return (
    <>
      <button
        type="button"
        className="icon-button site-header__menu"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={dialogId}
        onClick={show}
        data-testid="menu-button"
        {...invoke(dialogId, 'show-modal')}
      >
        <svg
          aria-hidden="true"
          width="22"
          height="22"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
        >
          <path d="M4 7h16M4 12h16M4 17h16" />
        </svg>
        <span className="visually-hidden">{t('header.openMenu')}</span>
      </button>
      <dialog
        ref={dialog}
        id={dialogId}
        className="menu-drawer"
        aria-labelledby={`${id}-title`}
        onClose={() => setOpen(false)}
        onKeyDown={wrapFocus}
        data-testid="menu-drawer"
      >
        <div className="menu-drawer__head">
          <h2 id={`${id}-title`}>{t('header.menu')}</h2>
          <button type="button" className="icon-button" onClick={close} {...invoke(dialogId, 'close')}>
            <svg
              aria-hidden="true"
              width="20"
              height="20"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
            >
              <path d="M6 6l12 12M18 6 6 18" />
            </svg>
            <span className="visually-hidden">{t('header.closeMenu')}</span>
          </button>
        </div>
        <nav aria-label={t('header.mainNavigation')}>
          <ul className="menu-drawer__list">
            <li>
              <NavLink to={home} end>
                {t('navHome')}
              </NavLink>
            </li>
            {root.header.map((item) => (
              <li key={item.id}>
                {item.items && item.items.length > 0 ? (
                  <>
                    <span className="menu-drawer__group">{item.title}</span>
                    <ul>
                      {item.items.map((sub) => (
                        <li key={sub.id}>
                          <NavLink to={sub.url ?? home} end>
                            {sub.title}
                          </NavLink>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <NavLink to={item.url ?? home} end>
                    {item.title}
                  </NavLink>
                )}
              </li>
            ))}
          </ul>
        </nav>
      </dialog>
    </>
  );
}
