/**
 * BUNDLE_V4's preset dictionary (./layer-bundle.ts), before the layer names and the article's text: the
 * skeleton of a bundle's stream 0 as ingest writes it. A small bundle spent about a tenth of its bytes
 * spelling its structure for the first time (the layer list, each layer's column forms with their key
 * lists and key sets); with this skeleton in the dictionary those are back-references.
 *
 * It is structure only: the layer list (names, annotators and versions as of 2026-12-05, a fixed time)
 * and the column forms (layer-codec `Column`) of the layers ingest wrote for the first shipped example
 * (examples/manifest.json) with every value list emptied, so no record of any report is in it.
 * Part of the format: never edit it (bundles written with it could not be read; a test pins its hash);
 * a new skeleton needs a new format byte. After annotator releases the versions in it no longer match
 * what is written, which costs those few bytes again, nothing more.
 */
export const BUNDLE_SKELETON_V4 =
  '{"l":[["paragraphs","text.segment","1.3.0","2026-01-01T00:00:00.000Z",0,-1],["tokens","text.segment","1.3.0","20' +
  '26-01-01T00:00:00.000Z",1,-1],["sentences","text.segment","1.3.0","2026-01-01T00:00:00.000Z",2,-1],["mentions","' +
  'entities","1.5.1+415a7ad9","2026-01-01T00:00:00.000Z",3,0],["entities","entities","1.5.1+415a7ad9","2026-01-01T0' +
  '0:00:00.000Z",4,0],["timexes","time","1.7.0","2026-01-01T00:00:00.000Z",5,0],["attributions","attribution","1.8.' +
  '0+22deb0a3","2026-01-01T00:00:00.000Z",6,0],["events","events","1.22.0+ffda642d","2026-01-01T00:00:00.000Z",7,0]' +
  ',["claims","events","1.22.0+ffda642d","2026-01-01T00:00:00.000Z",8,0],["quantities","quantities","1.18.0","2026-' +
  '01-01T00:00:00.000Z",9,0]],"d":[{"n":0,"c":{"t":{"k":["id","start","end","type","entity","rule","role","affiliat' +
  'ion","nominal"],"p":[[0,1,2,3,4,5],[0,1,2,3,4,5,6,7],[0,1,2,3,4,5,6,8]],"h":[],"c":[{"v":[]},{"d":[]},{"r":[],"o' +
  'f":1},{"s":[],"x":[]},{"v":[]},{"s":[],"x":[]},{"t":{"k":["start","end","text"],"p":[[0,1,2]],"c":[{"d":[]},{"r"' +
  ':[],"of":0},{"v":[]}]}},{"s":[],"x":[]},{"v":[]}]}}},{"n":0,"c":{"t":{"k":["id","type","canonical","key","mentio' +
  'ns","roles","affiliation"],"p":[[0,1,2,3,4,5],[0,1,2,3,4,5,6]],"h":[],"c":[{"v":[]},{"s":[],"x":[]},{"v":[]},{"v' +
  '":[]},{"a":[],"e":{"v":[]}},{"a":[],"e":{"v":[]}},{"s":[],"x":[]}]}}},{"n":0,"c":{"t":{"k":["id","start","end","' +
  'type","value","anchor","window","rule","timex3","mod"],"p":[[0,1,2,3,4,5,6,7,8],[0,1,2,3,4,9,5,6,7,8]],"h":[],"c' +
  '":[{"v":[]},{"d":[]},{"r":[],"of":1},{"s":[],"x":[]},{"v":[]},{"s":[],"x":[]},{"t":{"k":["from","to","confidence' +
  '"],"p":[[0,1,2]],"c":[{"v":[]},{"v":[]},{"v":[]}]}},{"v":[]},{"v":[]},{"v":[]}]}}},{"n":0,"c":{"t":{"k":["id","s' +
  'ource","cue","content","kind","stance","lemma","rule","via"],"p":[[0,1,2,3,4,5,6,7,8],[0,1,2,3,4,5,6,7]],"h":[],' +
  '"c":[{"v":[]},{"v":[]},{"t":{"k":["start","end"],"p":[[0,1]],"c":[{"d":[]},{"r":[],"of":0}]}},{"a":[],"e":{"t":{' +
  '"k":["start","end"],"p":[[0,1]],"c":[{"d":[]},{"d":[]}]}}},{"s":[],"x":[]},{"s":[],"x":[]},{"v":[]},{"s":[],"x":' +
  '[]},{"v":[]}]}}},{"n":0,"c":{"t":{"k":["id","cluster","trigger","lemma","type","subtype","source","target","plac' +
  'e","time","modality","modalityCue","status","statusCue","certainty","evidence","rule","governor"],"p":[[0,1,2,3,' +
  '4,5,6,7,8,9,10,11,12,13,14,15,16],[0,1,2,3,4,5,6,7,8,9,10,14,15,16],[0,1,2,3,4,5,6,7,10,14,15,16],[0,1,2,3,4,5,6' +
  ',7,10,12,14,15,17,16],[0,1,2,3,4,5,10,12,14,15,16],[0,1,2,3,4,5,10,14,15,16],[0,1,2,3,4,5,9,10,11,14,15,16],[0,1' +
  ',2,3,4,5,6,9,10,12,13,14,15,16]],"h":[],"c":[{"v":[]},{"v":[]},{"t":{"k":["start","end"],"p":[[0,1]],"c":[{"d":[' +
  ']},{"r":[],"of":0}]}},{"v":[]},{"s":[],"x":[]},{"v":[]},{"a":[],"e":{"t":{"k":["start","end","entity","mention",' +
  '"rule"],"p":[[0,1,2,3,4]],"c":[{"d":[]},{"r":[],"of":0},{"s":[],"x":[]},{"v":[]},{"v":[]}]}}},{"a":[],"e":{"t":{' +
  '"k":["start","end","entity","mention","rule"],"p":[[0,1,2,3,4]],"c":[{"d":[]},{"r":[],"of":0},{"v":[]},{"v":[]},' +
  '{"v":[]}]}}},{"t":{"k":["start","end","entity","mention","rule"],"p":[[0,1,2,3,4]],"c":[{"d":[]},{"r":[],"of":0}' +
  ',{"v":[]},{"v":[]},{"v":[]}]}},{"t":{"k":["start","end","timex","rule"],"p":[[0,1,2,3]],"c":[{"d":[]},{"r":[],"o' +
  'f":0},{"v":[]},{"s":[],"x":[]}]}},{"s":[],"x":[]},{"t":{"k":["start","end","rule"],"p":[[0,1,2]],"c":[{"d":[]},{' +
  '"r":[],"of":0},{"s":[],"x":[]}]}},{"s":[],"x":[]},{"t":{"k":["start","end","rule"],"p":[[0,1,2]],"c":[{"d":[]},{' +
  '"r":[],"of":0},{"v":[]}]}},{"v":[]},{"t":{"k":["start","end"],"p":[[0,1]],"c":[{"d":[]},{"d":[]}]}},{"v":[]},{"v' +
  '":[]}]}}},{"n":0,"c":{"t":{"k":["id","attribution","events","clusters","proposition","source","via","stance","ti' +
  'me","confidence"],"p":[[0,1,2,3,4,5,6,7,8,9],[0,1,2,3,4,5,7,8,9],[0,1,2,3,4,5,6,7],[0,1,2,3,4,5,7]],"h":[],"c":[' +
  '{"v":[]},{"v":[]},{"a":[],"e":{"s":[],"x":[]}},{"a":[],"e":{"s":[],"x":[]}},{"t":{"k":["start","end"],"p":[[0,1]' +
  '],"c":[{"d":[]},{"d":[]}]}},{"v":[]},{"v":[]},{"s":[],"x":[]},{"t":{"k":["start","end","timex","rule"],"p":[[0,1' +
  ',2,3]],"c":[{"d":[]},{"r":[],"of":0},{"v":[]},{"s":[],"x":[]}]}},{"v":[]}]}}},{"n":0,"c":{"t":{"k":["id","start"' +
  ',"end","value","low","high","bound","unitKind","unit","head","event","cluster","asOf","attribution","claim","rul' +
  'e"],"p":[[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]],"c":[{"v":[]},{"d":[]},{"r":[],"of":1},{"d":[]},{"d":[]},{"r":' +
  '[],"of":3},{"v":[]},{"v":[]},{"v":[]},{"t":{"k":["start","end"],"p":[[0,1]],"c":[{"d":[]},{"r":[],"of":0}]}},{"v' +
  '":[]},{"v":[]},{"t":{"k":["timex","value"],"p":[[0,1]],"c":[{"v":[]},{"v":[]}]}},{"v":[]},{"v":[]},{"v":[]}]}}}]' +
  '}';
