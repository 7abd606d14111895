import {
  BlockStack,
  Box,
  Button,
  Checkbox,
  FormLayout,
  InlineGrid,
  InlineStack,
  Select,
  Tag,
  Text,
  TextField,
} from '@shopify/polaris';
import { useTranslation } from 'react-i18next';
import { fillCurrencies } from '#app/modules/promotions/core/fill-currencies.ts';
import {
  emptyValue,
  type Field,
  type FormValue,
  type NamedField,
} from '#app/modules/promotions/core/strategy-form.ts';

/** What every control of a strategy form needs besides its own field and value. */
export interface FieldContext {
  currencies: readonly string[];
  products: readonly { id: number; title: string }[];
  collections: readonly { id: number; title: string }[];
  /** The translated error at a path ("promotions.0.action.args.tiers.1.amount.EUR"), if any. */
  errorAt(path: string): string | undefined;
  readOnly: boolean;
  /** Today's rates, units per shop-currency unit: the "fill from one currency" button converts with them. */
  rates: Readonly<Record<string, string>>;
  /** The strategy being edited: `promotions.fields.<scope>.<name>` labels a field where the plain name is ambiguous. */
  scope?: string;
}

interface Props {
  field: Field;
  value: FormValue;
  onChange(value: FormValue): void;
  /** The field's name: its label is `promotions.fields.<name>`. */
  name: string;
  path: string;
  ctx: FieldContext;
}

type Obj = { [key: string]: FormValue };
const asObj = (v: FormValue): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});

/**
 * Renders a strategy's args from its derived form (core/strategy-form.ts): one control per
 * type, nested as the schema nests. Labels come from `promotions.fields.*`, so a new strategy
 * needs only its field names translated.
 */
export function StrategyFields({ field, value, onChange, name, path, ctx }: Props) {
  const { t } = useTranslation('admin');
  // Objects have no label of their own (their fields do): only look the name up where it shows.
  const label =
    field.kind === 'object'
      ? ''
      : t([...(ctx.scope ? [`promotions.fields.${ctx.scope}.${name}`] : []), `promotions.fields.${name}`]);
  const error = ctx.errorAt(path);
  switch (field.kind) {
    case 'int':
      return (
        <TextField
          label={label}
          type="number"
          min={field.min}
          max={field.max}
          value={typeof value === 'string' ? value : ''}
          onChange={onChange}
          error={error}
          autoComplete="off"
          readOnly={ctx.readOnly}
        />
      );
    case 'object':
      return (
        <ObjectFields fields={field.fields} value={asObj(value)} onChange={onChange} path={path} ctx={ctx} />
      );
    case 'choice': {
      const v = asObj(value);
      const current = field.options.find((o) => o.value === v[field.tag]) ?? field.options[0]!;
      return (
        <BlockStack gap="200">
          <Select
            label={label}
            options={field.options.map((o) => ({
              value: o.value,
              label: t(`promotions.fields.${name}Options.${o.value}`),
            }))}
            value={current.value}
            onChange={(next) =>
              onChange({
                ...asObj(emptyValue({ ...field, options: field.options.filter((o) => o.value === next) })),
              })
            }
            error={ctx.errorAt(`${path}.${field.tag}`)}
            disabled={ctx.readOnly}
          />
          <ObjectFields
            fields={current.fields}
            value={v}
            onChange={(next) => onChange({ ...asObj(next), [field.tag]: current.value })}
            path={path}
            ctx={ctx}
          />
        </BlockStack>
      );
    }
    case 'list': {
      const rows = Array.isArray(value) ? (value as FormValue[]) : [];
      const set = (i: number, row: FormValue) => onChange(rows.map((r, j) => (j === i ? row : r)));
      return (
        <BlockStack gap="200">
          <Text as="h4" variant="headingSm">
            {label}
          </Text>
          {rows.map((row, i) => (
            <Box key={i} padding="300" borderWidth="025" borderColor="border" borderRadius="200">
              <BlockStack gap="200">
                <StrategyFields
                  field={field.of}
                  value={row}
                  onChange={(next) => set(i, next)}
                  name={`${name}Item`}
                  path={`${path}.${i}`}
                  ctx={ctx}
                />
                {rows.length > field.min && !ctx.readOnly ? (
                  <InlineStack align="end">
                    <Button
                      variant="plain"
                      tone="critical"
                      onClick={() => onChange(rows.filter((_, j) => j !== i))}
                    >
                      {t('promotions.removeRow', { what: label, n: i + 1 })}
                    </Button>
                  </InlineStack>
                ) : null}
              </BlockStack>
            </Box>
          ))}
          {error ? (
            <Text as="p" tone="critical">
              {error}
            </Text>
          ) : null}
          {rows.length < field.max && !ctx.readOnly ? (
            <InlineStack>
              <Button onClick={() => onChange([...rows, emptyValue(field.of)])}>
                {t('promotions.addRow', { what: label })}
              </Button>
            </InlineStack>
          ) : null}
        </BlockStack>
      );
    }
    case 'nullable': {
      const unlimited = value === null;
      return (
        <BlockStack gap="100">
          <Checkbox
            label={t(`promotions.fields.${name}None`)}
            checked={unlimited}
            onChange={(checked) => onChange(checked ? null : emptyValue(field.of))}
            disabled={ctx.readOnly}
          />
          {unlimited ? null : (
            <StrategyFields
              field={field.of}
              value={value}
              onChange={onChange}
              name={name}
              path={path}
              ctx={ctx}
            />
          )}
        </BlockStack>
      );
    }
    case 'widget':
      return (
        <Widget widget={field.widget} value={value} onChange={onChange} label={label} path={path} ctx={ctx} />
      );
  }
}

function ObjectFields({
  fields,
  value,
  onChange,
  path,
  ctx,
}: {
  fields: readonly NamedField[];
  value: Obj;
  onChange(v: FormValue): void;
  path: string;
  ctx: FieldContext;
}) {
  return (
    <FormLayout>
      {fields.map((f) => (
        <StrategyFields
          key={f.name}
          field={f.field}
          value={value[f.name] ?? emptyValue(f.field)}
          onChange={(next) => onChange({ ...value, [f.name]: next })}
          name={f.name}
          path={`${path}.${f.name}`}
          ctx={ctx}
        />
      ))}
    </FormLayout>
  );
}

function Widget({
  widget,
  value,
  onChange,
  label,
  path,
  ctx,
}: {
  widget: Extract<Field, { kind: 'widget' }>['widget'];
  value: FormValue;
  onChange(v: FormValue): void;
  label: string;
  path: string;
  ctx: FieldContext;
}) {
  const { t } = useTranslation('admin');
  const error = ctx.errorAt(path);
  switch (widget) {
    case 'money':
      return <MoneyFields value={asObj(value)} onChange={onChange} label={label} path={path} ctx={ctx} />;
    case 'percent':
      return (
        <TextField
          label={label}
          suffix="%"
          inputMode="decimal"
          value={typeof value === 'string' ? value : ''}
          onChange={onChange}
          error={error}
          autoComplete="off"
          readOnly={ctx.readOnly}
        />
      );
    case 'countries':
      return (
        <TextField
          label={label}
          helpText={t('promotions.fields.countriesHelp')}
          value={typeof value === 'string' ? value : ''}
          onChange={onChange}
          error={error}
          autoComplete="off"
          readOnly={ctx.readOnly}
        />
      );
    case 'product':
      return (
        <Select
          label={label}
          options={[
            { value: '', label: t('promotions.pick') },
            ...ctx.products.map((p) => ({ value: String(p.id), label: p.title })),
          ]}
          value={typeof value === 'string' ? value : ''}
          onChange={onChange}
          error={error}
          disabled={ctx.readOnly}
        />
      );
    case 'products':
    case 'collections': {
      const chosen = Array.isArray(value) ? (value as number[]) : [];
      const options = widget === 'products' ? ctx.products : ctx.collections;
      return (
        <BlockStack gap="200">
          <Select
            label={label}
            options={[
              { value: '', label: t('promotions.pickToAdd') },
              ...options
                .filter((o) => !chosen.includes(o.id))
                .map((o) => ({ value: String(o.id), label: o.title })),
            ]}
            value=""
            onChange={(id) => id && onChange([...chosen, Number(id)])}
            error={error}
            disabled={ctx.readOnly}
          />
          <InlineStack gap="100">
            {chosen.map((id) => (
              <Tag
                key={id}
                onRemove={ctx.readOnly ? undefined : () => onChange(chosen.filter((c) => c !== id))}
              >
                {options.find((o) => o.id === id)?.title ?? `#${id}`}
              </Tag>
            ))}
          </InlineStack>
        </BlockStack>
      );
    }
  }
}

/** One amount per currency of the campaign's markets; empty: not offered in that currency. */
export function MoneyFields({
  value,
  onChange,
  label,
  path,
  ctx,
}: {
  value: Obj;
  onChange(v: FormValue): void;
  label: string;
  path: string;
  ctx: FieldContext;
}) {
  const { t } = useTranslation('admin');
  const shown = [...new Set([...ctx.currencies, ...Object.keys(value)])];
  const text = (c: string) => (typeof value[c] === 'string' ? (value[c] as string).trim() : '');
  const from = shown.find((c) => text(c));
  const canFill = !ctx.readOnly && from != null && shown.some((c) => !text(c) && ctx.rates[c]);
  return (
    <BlockStack gap="100">
      <Text as="p" variant="bodyMd">
        {label}
      </Text>
      <InlineGrid columns={{ xs: 2, md: 4 }} gap="200">
        {shown.map((c) => (
          <TextField
            key={c}
            label={t('promotions.fields.amountIn', { what: label, currency: c })}
            labelHidden
            prefix={c}
            inputMode="decimal"
            value={typeof value[c] === 'string' ? (value[c] as string) : ''}
            onChange={(next) => onChange({ ...value, [c]: next })}
            error={ctx.errorAt(`${path}.${c}`)}
            autoComplete="off"
            readOnly={ctx.readOnly}
          />
        ))}
      </InlineGrid>
      {ctx.errorAt(path) ? (
        <Text as="p" tone="critical">
          {ctx.errorAt(path)}
        </Text>
      ) : null}
      {canFill ? (
        <InlineStack>
          <Button
            variant="plain"
            onClick={() =>
              onChange(fillCurrencies(value as Record<string, string>, from, shown, ctx.rates) as FormValue)
            }
          >
            {t('promotions.fillCurrencies', { what: label, currency: from })}
          </Button>
        </InlineStack>
      ) : null}
    </BlockStack>
  );
}
