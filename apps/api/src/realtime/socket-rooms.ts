/** Rooms every socket is in from its handshake: its person's, and its sign-in's. */
export const userRoom = (userId: string) => `user:${userId}`;
export const signInRoom = (sessionId: string) => `session:${sessionId}`;
