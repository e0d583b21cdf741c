import { describe, expect, it } from 'vitest';
import { buildConfigFromEnv } from './build-config.ts';

describe('buildConfigFromEnv', () => {
  it('defaults to the library and the local gate', () => {
    expect(buildConfigFromEnv({})).toEqual({
      config: { contentDir: 'templates-library', publicUrl: 'http://localhost:4321' },
    });
  });

  it('takes SIKKERHEDSNET_CONTENT and SIKKERHEDSNET_PUBLIC_URL', () => {
    const env = {
      SIKKERHEDSNET_CONTENT: 'site/fixtures/library',
      SIKKERHEDSNET_PUBLIC_URL: 'https://sikkerhedsnet.kl.dk',
    };
    expect(buildConfigFromEnv(env)).toEqual({
      config: { contentDir: 'site/fixtures/library', publicUrl: 'https://sikkerhedsnet.kl.dk' },
    });
  });

  it('refuses a public URL that is not an http(s) address', () => {
    expect(buildConfigFromEnv({ SIKKERHEDSNET_PUBLIC_URL: 'sikkerhedsnet.kl.dk' })).toEqual({
      error:
        'SIKKERHEDSNET_PUBLIC_URL skal være en http(s)-adresse, fx https://sikkerhedsnet.kl.dk, ikke "sikkerhedsnet.kl.dk"',
    });
  });
});
