// The Nexudus sandbox's stored records and how they are shown on the wire.
export interface ChatRoomRecord {
  Id: number;
  BusinessId: number;
  Name: string | null;
  Active: boolean;
  LastAgentVisit: string | null;
  Users: number[];
  SystemId: string | null;
  UniqueId: string;
  CreatedOn: string;
  UpdatedOn: string;
  UpdatedBy: string | null;
}

export interface ChatUserMessageRecord {
  Id: number;
  FromUserId: number;
  ToUsers: number[];
  ChatText: string | null;
  Delievered: boolean;
  SystemId: string | null;
  UniqueId: string;
  CreatedOn: string;
  UpdatedOn: string;
  UpdatedBy: string | null;
}

export interface IssuedToken {
  email: string;
  kind: 'access' | 'refresh';
  expiresAt: number;
  /** The first refresh token of the chain this token belongs to (its own token when stored by sandbox 0.2). */
  family?: string;
  /** A refresh token that has been used: using it again revokes its whole family. */
  rotated?: boolean;
}

/** A whole state: the demo seed, or a JSON data file of sandbox 0.2, written into a new database. */
export interface NexudusState {
  nextId: number;
  chatRooms: Record<string, ChatRoomRecord>;
  chatUserMessages: Record<string, ChatUserMessageRecord>;
  tokens: Record<string, IssuedToken>;
}

/** A chat room as a search lists it: `Business` instead of `BusinessId`, no `Users`. */
export function listedChatRoom(room: ChatRoomRecord) {
  return {
    Id: room.Id,
    Business: room.BusinessId,
    Name: room.Name,
    Active: room.Active,
    LastAgentVisit: room.LastAgentVisit,
    CreatedOn: room.CreatedOn,
    UpdatedOn: room.UpdatedOn,
    UpdatedBy: room.UpdatedBy,
    UniqueId: room.UniqueId,
    SystemId: room.SystemId,
  };
}

/** Nexudus writes times as ISO 8601 in UTC, to the second. */
export const nexudusNow = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
