import { describe, expect, it } from 'vitest';
import {
  bearerToken,
  callerOfRequest,
  cookieValue,
  isLoopbackAddress,
} from '../../../src/server/screen-auth';

describe('screen authentication in web mode', () => {
  it('knows loopback in every spelling, and nothing else', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])
      expect(isLoopbackAddress(address)).toBe(true);
    for (const address of [
      '192.168.1.23',
      '10.0.0.1',
      '::ffff:192.168.1.23',
      'fe80::1',
      '128.0.0.1',
      '',
      'localhost',
    ])
      expect(isLoopbackAddress(address), address).toBe(false);
  });

  it('reads a bearer token and a cookie, refusing anything odd', () => {
    expect(bearerToken('Bearer abc_DEF-123')).toBe('abc_DEF-123');
    for (const header of [
      undefined,
      '',
      'Basic abc',
      'Bearer ',
      'Bearer a b',
      `Bearer ${'x'.repeat(201)}`,
      'bearer abc',
    ])
      expect(bearerToken(header)).toBeUndefined();
    expect(cookieValue('a=1; gymdeck-token=tok; b=2', 'gymdeck-token')).toBe('tok');
    expect(cookieValue('xgymdeck-token=tok', 'gymdeck-token')).toBeUndefined();
    expect(cookieValue(undefined, 'gymdeck-token')).toBeUndefined();
  });

  it('lets a loopback browser name its screen, a network screen be only what its token says', () => {
    const known = (token: string) => (token === 'good' ? 'screen-7' : null);
    expect(callerOfRequest({ address: '127.0.0.1', namedScreen: 'rack-3', token: undefined }, known)).toEqual(
      {
        screenId: 'rack-3',
        connection: 'loopback',
      },
    );
    expect(callerOfRequest({ address: '::1', namedScreen: '../x', token: undefined }, known)).toEqual({
      screenId: 'local',
      connection: 'loopback',
    });
    expect(callerOfRequest({ address: '192.168.1.23', namedScreen: 'kiosk', token: 'good' }, known)).toEqual({
      screenId: 'screen-7',
      connection: 'paired',
    });
    const unpaired = callerOfRequest({ address: '192.168.1.23', namedScreen: 'kiosk', token: 'bad' }, known);
    expect(unpaired.connection).toBe('unpaired');
    expect(unpaired.screenId).toMatch(/^unpaired-[0-9a-f]{24}$/);
    expect(
      callerOfRequest({ address: '192.168.1.24', namedScreen: undefined, token: undefined }, known).screenId,
    ).not.toBe(unpaired.screenId);
  });
});
