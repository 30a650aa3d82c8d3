import { parseArgs } from 'node:util';
import { isRole } from '../auth/roles.js';
import { createToken, createUser, listUsers, recordAudit, removeUser, resetPassword, revokeToken, setUserRole } from '../auth/service.js';
import { EXIT, runCommand, UsageError } from './common.js';

const USAGE = `usage: npm run users -- <command>
  add <name> --role <viewer|analyst|editor|admin>   create a user; prints a generated password once
  token <name> [--label <text>]                     create an API token; prints it once
  revoke <token-id>                                 revoke an API token
  list                                              users, roles and live tokens
  role <name> <role>                                change a user's role
  reset-password <name>                             new generated password; ends the user's sessions
  remove <name>                                     remove a user, their sessions and tokens`;

const { positionals, values } = parseArgs({ allowPositionals: true, options: { role: { type: 'string' }, label: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
const [command, ...rest] = positionals;
if (values.help || !command) {
  console.log(USAGE);
  process.exit(command ? EXIT.OK : EXIT.USAGE);
}

await runCommand(async (_db, _config, store) => {
  const operator = { user: `cli:${process.env.USER ?? 'operator'}`, address: 'localhost' };
  const need = (n: number) => {
    if (rest.length < n) throw new UsageError(USAGE);
  };
  switch (command) {
    case 'add': {
      need(1);
      if (!values.role || !isRole(values.role)) throw new UsageError(`--role is required: viewer, analyst, editor or admin\n${USAGE}`);
      const { user, password } = await createUser(store, rest[0]!, values.role);
      await recordAudit(store, { ...operator, action: 'createUser', target: user.name, detail: { role: user.role } });
      console.log(`created ${user.name} (${user.role}); password, shown once: ${password}`);
      return EXIT.OK;
    }
    case 'token': {
      need(1);
      const { token, id } = await createToken(store, rest[0]!, values.label ?? null);
      await recordAudit(store, { ...operator, action: 'createApiToken', target: id, detail: { user: rest[0] } });
      console.log(`token ${id} for ${rest[0]}, shown once:\n${token}\nuse it as: Authorization: Bearer ${token}`);
      return EXIT.OK;
    }
    case 'revoke': {
      need(1);
      const revoked = await revokeToken(store, rest[0]!, null);
      if (revoked) await recordAudit(store, { ...operator, action: 'revokeApiToken', target: rest[0]! });
      console.log(revoked ? `revoked ${rest[0]}` : `no live token ${rest[0]}`);
      return revoked ? EXIT.OK : EXIT.REJECTED;
    }
    case 'list': {
      const users = await listUsers(store);
      if (!users.length) console.log('no users');
      for (const u of users) console.log(`${u.name}\t${u.role}\tsince ${u.createdAt}\ttokens: ${(u.tokens ?? []).map((t) => t.id).join(', ') || '-'}`);
      return EXIT.OK;
    }
    case 'role': {
      need(2);
      const user = await setUserRole(store, rest[0]!, rest[1]!);
      await recordAudit(store, { ...operator, action: 'setUserRole', target: user.name, detail: { role: user.role } });
      console.log(`${user.name} is now ${user.role}`);
      return EXIT.OK;
    }
    case 'reset-password': {
      need(1);
      const password = await resetPassword(store, rest[0]!);
      await recordAudit(store, { ...operator, action: 'resetPassword', target: rest[0]! });
      console.log(`new password for ${rest[0]}, shown once: ${password}`);
      return EXIT.OK;
    }
    case 'remove': {
      need(1);
      const removed = await removeUser(store, rest[0]!);
      if (removed) await recordAudit(store, { ...operator, action: 'removeUser', target: rest[0]! });
      console.log(removed ? `removed ${rest[0]}` : `no user ${rest[0]}`);
      return removed ? EXIT.OK : EXIT.REJECTED;
    }
    default:
      throw new UsageError(`unknown command ${command}\n${USAGE}`);
  }
});
