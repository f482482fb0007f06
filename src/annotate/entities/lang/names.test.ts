import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityKey } from '../news/keys.js';
import { personKeyIn } from './names.js';
import { transliterate } from './translit.js';

test('transliteration: Cyrillic to the spellings English copy uses; other scripts pass through', () => {
  const table: ReadonlyArray<readonly [string, string]> = [
    ['Владимир Путин', 'Vladimir Putin'],
    ['Сергей Лавров', 'Sergei Lavrov'],
    ['Дмитрий Песков', 'Dmitry Peskov'],
    ['Евгений Сергеев', 'Yevgeny Sergeyev'],
    ['Юрий Ковалёв', 'Yury Kovalyov'],
    ['Олена Коваль', 'Olena Koval'],
    ['Андрій Ємець', 'Andriy Yemets'],
    ['Jürgen Weiß', 'Jürgen Weiß'],
    ['', ''],
  ];
  for (const [cyr, latin] of table) assert.equal(transliterate(cyr), latin, cyr);
});

test('person keys: full names, case endings, surnames alone, particles and glued endings', () => {
  const table: ReadonlyArray<readonly [string, string, string]> = [
    ['Путин', 'Президент Владимир Путин заявил. Путин добавил.', 'per:vladimir-putin'],
    ['Путина', 'Визит Владимира Путина. Путин прибыл.', 'per:vladimir-putin'],
    ['Лавровым', 'Министр встретился с Сергеем Лавровым.', 'per:sergei-lavrov'],
    ['Владимир Владимирович Путин', 'Владимир Владимирович Путин', 'per:vladimir-putin'],
    // a feminine surname stays as written; a surname with no full name in the report is not guessed
    ['Захарова', 'Мария Захарова сообщила. Захарова добавила.', 'per:mariya-zakharova'],
    ['Путин', 'Путин не прокомментировал.', 'per:putin'],
    // a genitive with no nominative anywhere is left as written, not guessed
    ['Владимира Путина', 'Визит Владимира Путина.', 'per:vladimira-putina'],
    ["Nurlanov'un", "Bakan Aidos Nurlanov'un ziyareti.", 'per:aidos-nurlanov'],
    ['De Vries', 'Woordvoerder Anouk de Vries zei dat De Vries niet reist.', 'per:anouk-de-vries'],
    ['Weiß', 'Bürgermeister Jürgen Weiß sprach. Weiß dankte.', 'per:jurgen-weiss'],
    ['Yıldız', 'Yıldız katılmadı.', 'per:yildiz'],
    // the surname picks its own full name, not the other person's
    ['Морозова', 'Игорь Светлов и Елена Морозова выступили. Морозова говорила второй.', 'per:yelena-morozova'],
  ];
  // the table spells each person as English news does; the key is what an English report of that name gets
  const english = (k: string): string => entityKey('PER', k.replace(/^per:/, '').split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(' '));
  for (const [name, text, key] of table) assert.equal(personKeyIn(name, text), english(key), `${name} in ${text}`);
});
