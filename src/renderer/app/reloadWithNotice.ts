const KEY = 'certplan.noticeAfterReload';

/**
 * After the data is replaced (a restore, an import, a fresh start) the page reloads so every
 * screen and store starts from the new data; the message says what happened once it is back.
 */
export function reloadWithNotice(message: string): void {
  window.sessionStorage.setItem(KEY, message);
  window.location.reload();
}

/** The message left before the reload, once. */
export function takeNoticeAfterReload(): string | null {
  const message = window.sessionStorage.getItem(KEY);
  window.sessionStorage.removeItem(KEY);
  return message;
}
