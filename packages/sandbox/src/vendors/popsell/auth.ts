// POST /auth/token (an api key for a token) and POST /auth/brand (a brand
// user found or created, a token acting as it, and a guest bound to it).
import { randomBytes } from 'node:crypto';
import type { Store } from '../../store/store.js';
import { POPSELL_API_KEYS } from './accounts.js';
import { answer, message, unprocessable } from './answers.js';
import { type AmbassadorRecord, isExternal } from './records.js';
import type { H, Handlers } from './scope.js';
import type { PopsellTables } from './tables.js';

const keyOf = (apiKey: string) => POPSELL_API_KEYS.find((candidate) => candidate.apiKey === apiKey);

// Laravel Sanctum's token form, `<id>|<secret>`.
const newToken = (tables: PopsellTables) => `${tables.nextId()}|${randomBytes(20).toString('hex')}`;

export function authHandlers(store: Store<PopsellTables>): Handlers<'createToken' | 'connectBrandUser'> {
  const createToken: H<'createToken'> = async ({ body }) => {
    const key = keyOf(body.api_key);
    if (!key) return message(401, 'Unauthorized.');
    const token = await store.write((tables) => {
      const issued = newToken(tables);
      tables.tokens.add(issued, { brands: key.brands });
      return issued;
    });
    return answer(200, { token });
  };

  const connectBrandUser: H<'connectBrandUser'> = async ({ body, principal }) => {
    const key = keyOf(body.user_api_key);
    if (!key) return message(401, 'Unauthorized.');
    const brand = key.brands[0]!;
    return store.write((tables) => {
      let user = tables.ambassadors.byEmailTmp(brand, body.email_tmp);
      // A brand user is a customer: the email of a member of the brand's staff signs no one in as them.
      if (user && !isExternal(user.status))
        return unprocessable([{ field: 'email_tmp', message: 'has already been taken' }]);
      if (!user) {
        user = {
          id_ambassador: tables.nextId(),
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
      }
      const guest = principal?.id_ambassador;
      if (guest !== undefined && guest !== user.id_ambassador && !user.guests.includes(guest)) user.guests.push(guest);
      tables.ambassadors.save(user);
      const issued = newToken(tables);
      tables.tokens.add(issued, { brands: [brand], id_ambassador: user.id_ambassador });
      return answer(200, { token: issued });
    });
  };

  return { createToken, connectBrandUser };
}
