/** What an access token carries. The user is re-read on each request. */
export interface AccessTokenPayload {
  sub: string;
  typ: 'access';
}
