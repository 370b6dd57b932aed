// Ambassadors: the brand's list, the collected-email update, shop customers
// found or created, and an ambassador's chat rooms (its guests' included).
import type { Store } from '../../store/store.js';
import { ambassadorNotFound, answer, forbidden, pageWindow, paginator } from './answers.js';
import { type AmbassadorRecord, ambassadorOnWire, chatroomOnWire, messageOnWire, popsellTime } from './records.js';
import { actingBrands, ambassadorFor, type H, type Handlers, mayActAs } from './scope.js';
import type { PopsellTables } from './tables.js';

const numbers = (list: string | undefined) => (list === undefined ? undefined : list.split(',').map(Number));

export function ambassadorHandlers(
  store: Store<PopsellTables>,
): Handlers<'listAmbassadors' | 'updateAmbassador' | 'findOrCreateShopCustomer' | 'listAmbassadorChatrooms'> {
  const tables = store.reads;

  const listAmbassadors: H<'listAmbassadors'> = (context) => {
    const { query } = context;
    const [brand] = actingBrands(context);
    const found = tables.ambassadors.ofBrand(
      brand!,
      {
        brandTag: query['filter[brand_tag]'],
        statuses: numbers(query['filter[status]']),
        excluded: numbers(query['filter[exclude]']),
        name: query['filter[name]'],
        mostRecentFirst: query.sort === 'last_action_date',
      },
      pageWindow(query),
    );
    const data = found.records.map((ambassador) => ambassadorOnWire(ambassador));
    return answer(200, paginator(data, found.total, query, context.url()));
  };

  const updateAmbassador: H<'updateAmbassador'> = async (context) => {
    const id = context.path.ambassador;
    const changed = await store.write((current) => {
      if (!current.ambassadors.has(id)) return ambassadorNotFound();
      const ambassador = ambassadorFor(current, context, id);
      if (!ambassador || !mayActAs(current, context, id)) return forbidden();
      if (context.body && 'email_tmp' in context.body) {
        ambassador.email_tmp = context.body.email_tmp ?? null;
        current.ambassadors.save(ambassador);
      }
      return answer(200, ambassadorOnWire(ambassador));
    });
    return changed;
  };

  const findOrCreateShopCustomer: H<'findOrCreateShopCustomer'> = async (context) => {
    // Finding a customer by email reads another's record: the brand's own token does that.
    if (context.principal?.id_ambassador !== undefined) return forbidden();
    const [brand] = actingBrands(context);
    const { email_tmp, firstname, lastname } = context.body;
    const customer = await store.write((current) => {
      const existing = current.ambassadors.byEmailTmp(brand!, email_tmp);
      if (existing) return existing;
      const created: AmbassadorRecord = {
        id_ambassador: current.nextId(),
        image: null,
        firstname: firstname ?? null,
        lastname: lastname ?? null,
        username: null,
        email: null,
        email_tmp,
        active: 0,
        status: 7,
        last_action_date: null,
        customer_id: null,
        anonymized: false,
        brands: [brand!],
        brand_tags: [],
        guests: [],
      };
      current.ambassadors.save(created);
      return created;
    });
    return answer(200, ambassadorOnWire(customer));
  };

  const listAmbassadorChatrooms: H<'listAmbassadorChatrooms'> = (context) => {
    const { query } = context;
    const ambassador = ambassadorFor(tables, context, context.path.ambassador);
    if (!ambassador) return ambassadorNotFound();
    if (!mayActAs(tables, context, ambassador.id_ambassador)) return forbidden();
    const [brand] = actingBrands(context);
    const before = query['filter[last_action_date_before]'];
    const found = tables.chatrooms.ofAccounts(
      brand!,
      [ambassador.id_ambassador, ...ambassador.guests],
      {
        archived: query['filter[archived]'],
        flag: query['filter[flag]'],
        typeChatroom: query['filter[type_chatroom]'] === undefined ? undefined : Number(query['filter[type_chatroom]']),
        commented: query['filter[commented]'] === undefined ? undefined : query['filter[commented]'] === 'commented',
        lastMessageBefore: before === undefined ? undefined : popsellTime(before),
      },
      pageWindow(query),
    );
    const data = found.records.map((room) => {
      const last = tables.messages.newest(room.id_chatroom);
      return { ...chatroomOnWire(room, tables), last_message: last ? messageOnWire(last, tables) : null };
    });
    return answer(200, paginator(data, found.total, query, context.url()));
  };

  return { listAmbassadors, updateAmbassador, findOrCreateShopCustomer, listAmbassadorChatrooms };
}
