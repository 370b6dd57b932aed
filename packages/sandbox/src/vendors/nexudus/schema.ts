// The Nexudus sandbox database. Each migration takes the schema one version
// up (PRAGMA user_version); a released migration is never edited, a change is
// a new one. Every column a search filters or orders by has an index ending
// in the key, so a filtered or ordered page is read off the index.
import type { Schema } from '../../store/database.js';

// Columns of a record that a search reads, per search.ts's FieldKind: a
// text keeps its order key (and itself, when a filter compares it), a time
// its milliseconds.
const V1 = `
CREATE TABLE sequence (next_id INTEGER NOT NULL);
INSERT INTO sequence VALUES (1);

-- Row counts kept by triggers, so an unfiltered search counts in constant time.
CREATE TABLE row_counts (tbl TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;

CREATE TABLE chat_rooms (
  Id INTEGER PRIMARY KEY,
  record TEXT NOT NULL,
  Business INTEGER,
  Name TEXT, Name_order TEXT,
  Active INTEGER,
  LastAgentVisit INTEGER,
  SystemId_order TEXT,
  UniqueId_order TEXT,
  CreatedOn INTEGER,
  UpdatedOn INTEGER,
  UpdatedBy_order TEXT
);
CREATE INDEX chat_rooms_Business ON chat_rooms (Business, Id);
CREATE INDEX chat_rooms_Name ON chat_rooms (Name, Id);
CREATE INDEX chat_rooms_Name_order ON chat_rooms (Name_order, Id);
CREATE INDEX chat_rooms_Active ON chat_rooms (Active, Id);
CREATE INDEX chat_rooms_LastAgentVisit ON chat_rooms (LastAgentVisit, Id);
CREATE INDEX chat_rooms_SystemId_order ON chat_rooms (SystemId_order, Id);
CREATE INDEX chat_rooms_UniqueId_order ON chat_rooms (UniqueId_order, Id);
CREATE INDEX chat_rooms_CreatedOn ON chat_rooms (CreatedOn, Id);
CREATE INDEX chat_rooms_UpdatedOn ON chat_rooms (UpdatedOn, Id);
CREATE INDEX chat_rooms_UpdatedBy_order ON chat_rooms (UpdatedBy_order, Id);
CREATE TABLE chat_rooms_Users (owner INTEGER NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (owner, value)) WITHOUT ROWID;
CREATE INDEX chat_rooms_Users_value ON chat_rooms_Users (value, owner);

CREATE TABLE chat_user_messages (
  Id INTEGER PRIMARY KEY,
  record TEXT NOT NULL,
  FromUserId INTEGER,
  ChatText TEXT, ChatText_order TEXT,
  Delievered INTEGER,
  SystemId_order TEXT,
  UniqueId_order TEXT,
  CreatedOn INTEGER,
  UpdatedOn INTEGER,
  UpdatedBy_order TEXT
);
CREATE INDEX chat_user_messages_FromUserId ON chat_user_messages (FromUserId, Id);
CREATE INDEX chat_user_messages_ChatText ON chat_user_messages (ChatText, Id);
CREATE INDEX chat_user_messages_ChatText_order ON chat_user_messages (ChatText_order, Id);
CREATE INDEX chat_user_messages_Delievered ON chat_user_messages (Delievered, Id);
CREATE INDEX chat_user_messages_SystemId_order ON chat_user_messages (SystemId_order, Id);
CREATE INDEX chat_user_messages_UniqueId_order ON chat_user_messages (UniqueId_order, Id);
CREATE INDEX chat_user_messages_CreatedOn ON chat_user_messages (CreatedOn, Id);
CREATE INDEX chat_user_messages_UpdatedOn ON chat_user_messages (UpdatedOn, Id);
CREATE INDEX chat_user_messages_UpdatedBy_order ON chat_user_messages (UpdatedBy_order, Id);

-- family: the tokens issued from one password grant and its refreshes; rotated: a refresh token used once.
CREATE TABLE tokens (
  token TEXT PRIMARY KEY,
  email TEXT NOT NULL,
  kind TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  family TEXT NOT NULL,
  rotated INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX tokens_expires_at ON tokens (expires_at);
CREATE INDEX tokens_family ON tokens (family, kind);
${['chat_rooms', 'chat_user_messages'].map(countedBy).join('')}`;

function countedBy(table: string) {
  return `
INSERT INTO row_counts VALUES ('${table}', 0);
CREATE TRIGGER ${table}_inserted AFTER INSERT ON ${table} BEGIN UPDATE row_counts SET n = n + 1 WHERE tbl = '${table}'; END;
CREATE TRIGGER ${table}_deleted AFTER DELETE ON ${table} BEGIN UPDATE row_counts SET n = n - 1 WHERE tbl = '${table}'; END;`;
}

export const NEXUDUS_SCHEMA: Schema = {
  label: 'Nexudus',
  applicationId: 0x4e58_5553, // "NXUS"
  migrations: [V1],
};
