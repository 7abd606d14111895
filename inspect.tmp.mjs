import { buildClientSchema, isObjectType, isInputObjectType, isInterfaceType, isUnionType, isEnumType } from 'graphql';
import fs from 'node:fs';
const s = buildClientSchema(JSON.parse(fs.readFileSync('node_modules/@shopify/hydrogen/dist/storefront.schema.json','utf8')));
for (const name of process.argv.slice(2)) {
  const t = s.getType(name);
  if (!t) { console.log(name, 'MISSING'); continue; }
  if (isObjectType(t) || isInterfaceType(t)) {
    console.log(`${name} implements ${isObjectType(t)? t.getInterfaces().map(i=>i.name).join(','):''}`);
    for (const f of Object.values(t.getFields())) console.log(`  ${f.name}(${f.args.map(a=>a.name+':'+a.type).join(', ')}): ${f.type}`);
  } else if (isInputObjectType(t)) { console.log(name,'input'); for (const f of Object.values(t.getFields())) console.log(`  ${f.name}: ${f.type}`); }
  else if (isUnionType(t)) console.log(name, 'union', t.getTypes().map(x=>x.name).join('|'));
  else if (isEnumType(t)) console.log(name, 'enum', t.getValues().map(v=>v.name).join(' '));
}
console.log(s.getDirectives().map(d=>d.name+'('+d.args.map(a=>a.name+':'+a.type).join(',')+')').join('\n'));
