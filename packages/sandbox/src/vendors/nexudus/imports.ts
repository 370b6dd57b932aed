// What a bulk import takes for Nexudus: chat rooms and chat user messages as a
// read by Id answers them (the spec's ChatRoom and ChatUserMessage). A field
// left out gets what a create would give it.
import { randomUUID } from 'node:crypto';
import type { ImportPlan } from '../../admin/imports.js';
import type { ChatRoomRecord, ChatUserMessageRecord } from './records.js';
import { nexudusNow } from './records.js';
import type { NexudusTables } from './tables.js';

type Read = Record<string, unknown>;

const stamps = (read: Read) => {
  const created = (read.CreatedOn as string | undefined) ?? nexudusNow();
  return {
    SystemId: (read.SystemId as string | null | undefined) ?? null,
    UniqueId: (read.UniqueId as string | undefined) ?? randomUUID(),
    CreatedOn: created,
    UpdatedOn: (read.UpdatedOn as string | undefined) ?? created,
    UpdatedBy: (read.UpdatedBy as string | null | undefined) ?? null,
  };
};

export const NEXUDUS_IMPORTS: ImportPlan<NexudusTables> = {
  collections: {
    chatRooms: {
      component: 'ChatRoom',
      save(tables, read: Read) {
        const record: ChatRoomRecord = {
          Id: read.Id as number,
          BusinessId: read.BusinessId as number,
          Name: (read.Name as string | null | undefined) ?? null,
          Active: (read.Active as boolean | undefined) ?? false,
          LastAgentVisit: (read.LastAgentVisit as string | null | undefined) ?? null,
          Users: (read.Users as number[] | undefined) ?? [],
          ...stamps(read),
        };
        tables.chatRooms.save(record);
        return record.Id;
      },
    },
    chatUserMessages: {
      component: 'ChatUserMessage',
      save(tables, read: Read) {
        const record: ChatUserMessageRecord = {
          Id: read.Id as number,
          FromUserId: read.FromUserId as number,
          ToUsers: (read.ToUsers as number[] | undefined) ?? [],
          ChatText: (read.ChatText as string | null | undefined) ?? null,
          Delievered: (read.Delievered as boolean | undefined) ?? false,
          ...stamps(read),
        };
        tables.chatUserMessages.save(record);
        return record.Id;
      },
    },
  },
};
