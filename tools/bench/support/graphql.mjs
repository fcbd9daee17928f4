// GraphQL over fetch against a running API.
export const DEMO_PASSWORD = 'Tripart-demo-2026';

/** A kept-alive connection the server closed just as a request went out (ECONNRESET): the request never arrived. */
const resetBeforeSent = (error) => error instanceof TypeError && error.cause?.code === 'ECONNRESET';

export function graphql(url) {
  const gql = async (query, variables, token) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        const body = await response.json();
        if (!body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
        return body.data;
      } catch (error) {
        if (!resetBeforeSent(error) || attempt >= 3) throw error;
      }
    }
  };
  const signIn = async (email, password = DEMO_PASSWORD) =>
    (await gql('mutation($e:String!,$p:String!){signIn(email:$e,password:$p){accessToken}}', { e: email, p: password })).signIn.accessToken;
  return { gql, signIn };
}
