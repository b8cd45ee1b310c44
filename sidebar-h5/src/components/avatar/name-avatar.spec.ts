import { describe, expect, it } from 'vitest';
import { AVATAR_TONES, avatarInitial, avatarTone } from './name-avatar';

describe('avatarInitial', () => {
  it('should take the surname character of a Chinese name', () => {
    expect(avatarInitial('陈松')).toBe('陈');
    expect(avatarInitial('  欧阳明轩')).toBe('欧');
  });

  it('should upper-case a Latin name and keep a character outside the BMP whole', () => {
    expect(avatarInitial('alice')).toBe('A');
    expect(avatarInitial('𠮷野家')).toBe('𠮷');
  });

  it('should fall back to 客 for an empty name', () => {
    expect(avatarInitial('   ')).toBe('客');
  });
});

describe('avatarTone', () => {
  it('should give the same name the same tone every time', () => {
    expect(avatarTone('陈松')).toBe(avatarTone(' 陈松 '));
    expect(AVATAR_TONES).toContain(avatarTone('陈松'));
  });

  it('should spread different names over several tones', () => {
    const names = ['陈松', '黄霞', '周丽', '蔡秀英', '周林帅', '周磊', '王刚飞', '罗涛峰', '陈国', '李华'];
    expect(new Set(names.map(avatarTone)).size).toBeGreaterThanOrEqual(4);
  });
});
