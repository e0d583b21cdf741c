import { z } from 'zod';
import { email, githubId, githubLogin, isoDate, text } from './common.ts';

/** One KL moderator. */
export const adminSchema = z.strictObject({
  /** Full name. */
  name: text.meta({ description: 'Fulde navn' }),
  /** Work e-mail on KL's domain. */
  email: email.meta({ description: 'Arbejds-e-mail på kl.dk' }),
  /** Job title. */
  title: text.meta({ description: 'Stilling' }),
  /** GitHub login, optional. */
  github: githubLogin.optional().meta({ description: 'GitHub-brugernavn (valgfrit)' }),
  /** GitHub numeric user id, once known. */
  github_id: githubId.optional().meta({ description: 'GitHubs numeriske bruger-id (valgfrit)' }),
  /** Date the admin was added. */
  added: isoDate.meta({ description: 'Dato for optagelse, "ÅÅÅÅ-MM-DD"' }),
});

/** `registry/admins.yaml` */
export const adminsFileSchema = z.strictObject({
  admins: z.array(adminSchema, { error: 'admins skal være en liste af administratorer' }),
});
