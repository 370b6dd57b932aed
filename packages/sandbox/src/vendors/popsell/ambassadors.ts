// Ambassadors: the brand's list, the collected-email update, shop customers
// found or created, and an ambassador's chat rooms (its guests' included).
import type { Store } from '../../store/store.js';
import { ambassadorNotFound, forbidden, paginator } from './answers.js';
import {
  type AmbassadorRecord,
  ambassadorOnWire,
  chatroomOnWire,
  messageOnWire,
  messagesOf,
  type PopsellState,
  popsellTime,
  stored,
} from './records.js';
import { actingBrands, ambassadorFor, type H } from './scope.js';

const numbers = (list: string | undefined) => (list === undefined ? undefined : list.split(',').map(Number));
/** Most recent first, never-active last. */
const byRecent = (a: string | null, b: string | null) =>
  b === null ? -1 : a === null ? 1 : popsellTime(b) - popsellTime(a);

export function ambassadorHandlers(store: Store<PopsellState>): Record<string, H> {
  const state = () => store.state;

  const listAmbassadors: H = (context) => {
    const { query } = context;
    const [brand] = actingBrands(context);
    const statuses = numbers(query['filter[status]']);
    const excluded = numbers(query['filter[exclude]']);
    const name = query['filter[name]']?.toLowerCase();
    const found = Object.values(state().ambassadors).filter(
      (ambassador) =>
        ambassador.brands.includes(brand!) &&
        (query['filter[brand_tag]'] === undefined || ambassador.brand_tags.includes(query['filter[brand_tag]'])) &&
        (!statuses || statuses.includes(ambassador.status)) &&
        !excluded?.includes(ambassador.id_ambassador) &&
        (name === undefined ||
          [ambassador.firstname, ambassador.lastname, ambassador.username].some((field) =>
            field?.toLowerCase().includes(name),
          )),
    );
    if (query.sort === 'last_action_date') found.sort((a, b) => byRecent(a.last_action_date, b.last_action_date));
    return {
      status: 200,
      body: paginator(
        found.map((ambassador) => ambassadorOnWire(ambassador)),
        query,
        context.url(),
      ),
    };
  };

  const updateAmbassador: H = async (context) => {
    const id = context.path.ambassador;
    if (!stored(state().ambassadors, id)) return ambassadorNotFound();
    const ambassador = ambassadorFor(state(), context, id);
    if (!ambassador) return forbidden();
    if (context.body && 'email_tmp' in context.body) {
      await store.mutate(() => {
        ambassador.email_tmp = context.body.email_tmp;
      });
    }
    return { status: 200, body: ambassadorOnWire(ambassador) };
  };

  const findOrCreateShopCustomer: H = async (context) => {
    const [brand] = actingBrands(context);
    const { email_tmp, firstname, lastname } = context.body;
    const customer = await store.mutate((current) => {
      const existing = Object.values(current.ambassadors).find(
        (candidate) => candidate.email_tmp === email_tmp && candidate.brands.includes(brand!),
      );
      if (existing) return existing;
      const created: AmbassadorRecord = {
        id_ambassador: current.nextId++,
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
      current.ambassadors[created.id_ambassador] = created;
      return created;
    });
    return { status: 200, body: ambassadorOnWire(customer) };
  };

  const listAmbassadorChatrooms: H = (context) => {
    const { query } = context;
    const ambassador = ambassadorFor(state(), context, context.path.ambassador);
    if (!ambassador) return ambassadorNotFound();
    const [brand] = actingBrands(context);
    const accounts = [ambassador.id_ambassador, ...ambassador.guests];
    const before = query['filter[last_action_date_before]'];
    const rooms = Object.values(state().chatrooms).flatMap((room) => {
      const own = room.brand === brand && room.members.find((member) => accounts.includes(member.id_ambassador));
      if (!own) return [];
      const commented = Boolean(room.last_rating?.comment);
      const keep =
        (query['filter[archived]'] === undefined || own.archived === query['filter[archived]']) &&
        (query['filter[flag]'] === undefined || own.flag === query['filter[flag]']) &&
        (query['filter[type_chatroom]'] === undefined ||
          String(room.type_chatroom) === query['filter[type_chatroom]']) &&
        (query['filter[commented]'] === undefined || commented === (query['filter[commented]'] === 'commented')) &&
        (before === undefined ||
          (room.last_message_date !== null && popsellTime(room.last_message_date) < popsellTime(before)));
      return keep ? [room] : [];
    });
    rooms.sort((a, b) => byRecent(a.last_message_date, b.last_message_date) || a.id_chatroom - b.id_chatroom);
    const shown = rooms.map((room) => {
      const last = messagesOf(state(), room.id_chatroom)[0];
      return { ...chatroomOnWire(room, state()), last_message: last ? messageOnWire(last, state()) : null };
    });
    return { status: 200, body: paginator(shown, query, context.url()) };
  };

  return { listAmbassadors, updateAmbassador, findOrCreateShopCustomer, listAmbassadorChatrooms };
}
