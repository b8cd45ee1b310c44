import type { Rng } from './prng.js';

/**
 * Common Chinese surnames with approximate shares (per mille) of the population, after the Ministry of Public
 * Security's 2020 household-registration name report; the long tail is folded into the last entries.
 */
const SURNAMES: Readonly<Record<string, number>> = {
  王: 73, 李: 72, 张: 69, 刘: 55, 陈: 47, 杨: 32, 黄: 24, 赵: 23, 吴: 21, 周: 21, 徐: 17, 孙: 15, 马: 15, 朱: 14,
  胡: 13, 郭: 12, 何: 12, 林: 11, 高: 11, 罗: 11, 郑: 10, 梁: 10, 谢: 8, 宋: 8, 唐: 8, 许: 7, 韩: 7, 冯: 7, 邓: 7,
  曹: 7, 彭: 6, 曾: 6, 肖: 6, 田: 6, 董: 5, 潘: 5, 袁: 5, 蔡: 5, 蒋: 5, 余: 5, 于: 5, 杜: 5, 叶: 5, 程: 4, 魏: 4,
  苏: 4, 吕: 4, 丁: 4, 任: 4, 卢: 4, 姚: 4, 沈: 4, 钟: 4, 姜: 4, 崔: 3, 谭: 3, 陆: 3, 范: 3, 汪: 3, 廖: 3, 石: 3,
  金: 3, 韦: 3, 贾: 3, 夏: 3, 方: 3, 邹: 3, 熊: 3, 白: 3, 孟: 3, 秦: 3, 邱: 3, 侯: 3, 江: 3, 尹: 3, 薛: 3, 雷: 2,
  龙: 2, 黎: 2, 史: 2, 陶: 2, 贺: 2, 毛: 2, 郝: 2, 顾: 2, 龚: 2, 邵: 2, 万: 2, 钱: 2, 严: 2, 欧阳: 1, 司马: 0.3, 上官: 0.3,
};

const MALE_CHARS = '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林欣松峰建志国东海文博晨阳轩宏诚嘉睿哲'.split('');
const FEMALE_CHARS = '芳娜敏静丽艳娟霞秀英慧婷雪琳洁玲颖倩欣怡佳蕾晶燕萍红梅丹薇月瑶璐琪雯岚菲晓蓉婉雅馨悦桐语'.split('');

export type Gender = 'male' | 'female';

export function chineseName(rng: Rng, gender: Gender): string {
  const surname = rng.weighted(SURNAMES);
  const chars = gender === 'male' ? MALE_CHARS : FEMALE_CHARS;
  const given = rng.chance(0.7) ? rng.pick(chars) + rng.pick(chars) : rng.pick(chars);
  return surname + given;
}
