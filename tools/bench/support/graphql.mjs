// GraphQL over fetch against a running API.
export const DEMO_PASSWORD = 'Tripart-demo-2026';

export function graphql(url) {
  const gql = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (!body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const signIn = async (email, password = DEMO_PASSWORD) =>
    (await gql('mutation($e:String!,$p:String!){signIn(email:$e,password:$p){accessToken}}', { e: email, p: password })).signIn.accessToken;
  return { gql, signIn };
}
