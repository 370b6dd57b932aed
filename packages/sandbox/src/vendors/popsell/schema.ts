// The Popsell sandbox database. Each migration takes the schema one version
// up (PRAGMA user_version); a released migration is never edited, a change is
// a new one. Ambassadors, chat rooms and messages are kept as JSON records,
// with the columns and side rows their filters, sorts and lookups use, indexed.
import type { Schema } from '../../store/database.js';

const V1 = `
CREATE TABLE sequence (next_id INTEGER NOT NULL);
INSERT INTO sequence VALUES (1);

CREATE TABLE ambassadors (
  id_ambassador INTEGER PRIMARY KEY,
  record TEXT NOT NULL,
  status INTEGER,
  email_tmp TEXT,
  -- last_action_date in milliseconds, for the most-recent-first sort
  last_action INTEGER
);
CREATE INDEX ambassadors_email_tmp ON ambassadors (email_tmp);
CREATE TABLE ambassadors_brands (owner INTEGER NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (owner, value)) WITHOUT ROWID;
CREATE INDEX ambassadors_brands_value ON ambassadors_brands (value, owner);
CREATE TABLE ambassadors_brand_tags (owner INTEGER NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (owner, value)) WITHOUT ROWID;
CREATE INDEX ambassadors_brand_tags_value ON ambassadors_brand_tags (value, owner);

CREATE TABLE chatrooms (
  id_chatroom INTEGER PRIMARY KEY,
  record TEXT NOT NULL,
  brand INTEGER NOT NULL,
  type_chatroom INTEGER,
  -- 1 when the last rating has a comment
  commented INTEGER,
  -- last_message_date in milliseconds
  last_message INTEGER
);
CREATE INDEX chatrooms_brand ON chatrooms (brand, last_message, id_chatroom);
-- Each member's state (the pivot row); position is the member's place in the chat room.
CREATE TABLE chatrooms_members (
  owner INTEGER NOT NULL,
  id_ambassador INTEGER NOT NULL,
  position INTEGER NOT NULL,
  archived INTEGER NOT NULL,
  flag INTEGER,
  PRIMARY KEY (owner, id_ambassador)
) WITHOUT ROWID;
CREATE INDEX chatrooms_members_ambassador ON chatrooms_members (id_ambassador, owner);

CREATE TABLE messages (
  id_message INTEGER PRIMARY KEY,
  record TEXT NOT NULL,
  id_chatroom INTEGER NOT NULL,
  id_author INTEGER NOT NULL,
  -- the order key of date_insert (newest first), and date_insert in milliseconds
  date_order TEXT NOT NULL,
  sent INTEGER,
  type_message INTEGER,
  status_moderation INTEGER
);
CREATE INDEX messages_newest ON messages (id_chatroom, date_order, id_message);
CREATE INDEX messages_author ON messages (id_chatroom, id_author);

CREATE TABLE tokens (token TEXT PRIMARY KEY, brands TEXT NOT NULL, id_ambassador INTEGER) WITHOUT ROWID;
CREATE TABLE web_pushes (id INTEGER PRIMARY KEY, id_message INTEGER NOT NULL, id_ambassador INTEGER NOT NULL, date TEXT NOT NULL);
`;

export const POPSELL_SCHEMA: Schema = {
  label: 'Popsell',
  applicationId: 0x504f_5053, // "POPS"
  migrations: [V1],
};
