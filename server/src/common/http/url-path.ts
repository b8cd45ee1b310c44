/** A request URL's path, without its query string (`req.path` where Express is not there to give it). */
export function urlPath(url: string | undefined): string {
  if (!url) return '/';
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}
