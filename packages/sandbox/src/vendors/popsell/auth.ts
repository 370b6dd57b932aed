// POST /auth/token (an api key for a token) and POST /auth/brand (a brand
// user found or created, a token acting as it, and a guest bound to it).
import { randomBytes } from 'node:crypto';
import type { Store } from '../../store/store.js';
import { POPSELL_API_KEYS } from './accounts.js';
import { message } from './answers.js';
import type { AmbassadorRecord, PopsellState } from './records.js';
import type { H } from './scope.js';

const keyOf = (apiKey: string) => POPSELL_API_KEYS.find((candidate) => candidate.apiKey === apiKey);

// Laravel Sanctum's token form, `<id>|<secret>`.
const newToken = (state: PopsellState) => `${state.nextId++}|${randomBytes(20).toString('hex')}`;

export function authHandlers(store: Store<PopsellState>): Record<string, H> {
  const createToken: H = async ({ body }) => {
    const key = keyOf(body.api_key);
    if (!key) return message(401, 'Unauthorized.');
    const token = await store.mutate((state) => {
      const issued = newToken(state);
      state.tokens[issued] = { brands: key.brands };
      return issued;
    });
    return { status: 200, body: { token } };
  };

  const connectBrandUser: H = async ({ body, principal }) => {
    const key = keyOf(body.user_api_key);
    if (!key) return message(401, 'Unauthorized.');
    const brand = key.brands[0]!;
    const token = await store.mutate((state) => {
      let user = Object.values(state.ambassadors).find(
        (candidate) => candidate.email_tmp === body.email_tmp && candidate.brands.includes(brand),
      );
      if (!user) {
        user = {
          id_ambassador: state.nextId++,
          image: body.image ?? null,
          firstname: body.firstname,
          lastname: body.lastname ?? null,
          username: null,
          email: null,
          email_tmp: body.email_tmp,
          active: 1,
          status: 7,
          last_action_date: null,
          customer_id: body.customer_id ?? null,
          anonymized: false,
          brands: [brand],
          brand_tags: [],
          guests: [],
        } satisfies AmbassadorRecord;
        state.ambassadors[user.id_ambassador] = user;
      }
      const guest = principal?.id_ambassador;
      if (guest !== undefined && guest !== user.id_ambassador && !user.guests.includes(guest)) user.guests.push(guest);
      const issued = newToken(state);
      state.tokens[issued] = { brands: [brand], id_ambassador: user.id_ambassador };
      return issued;
    });
    return { status: 200, body: { token } };
  };

  return { createToken, connectBrandUser };
}
