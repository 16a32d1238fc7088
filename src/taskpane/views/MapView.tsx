/** Map: which column each indicator, the city and the optional columns are read from. */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import type { Pane } from "../use-pane";
import type { Strings } from "../strings";
import { useStyles } from "../styles";
import { columnOptions, mappedColumn, unmappedIndicators, withColumn } from "../table-model";
import type { ColumnOption, MappingField } from "../table-model";

type Props = { pane: Pane; t: Strings; onFind: () => void };

export function MapView({ pane, t, onFind }: Props): React.JSX.Element {
  const s = useStyles();
  const { data, framework, dataset } = pane;
  if (!data || !dataset) {
    return (
      <section className={s.section} aria-labelledby="map-heading">
        <Subtitle2 as="h2" id="map-heading" className={s.heading}>
          {t.map.heading}
        </Subtitle2>
        <Body1>{t.map.needBinding}</Body1>
        <div className={s.row}>
          <Button onClick={onFind}>{t.map.goFind}</Button>
        </div>
      </section>
    );
  }
  const options = columnOptions(data.grid, data.table);
  const mapping = data.table.mapping;
  const label = (x: { name: string; nameEn: string }): string =>
    pane.language === "en" ? x.nameEn : x.name;
  const unmapped = unmappedIndicators(framework, mapping);
  const unknownCities = dataset.issues
    .filter((i) => i.code === "unknown-city")
    .map((i) => i.city ?? "");

  const select = (
    key: string,
    fieldLabel: string,
    field: MappingField,
    hint?: string,
    required = false
  ): React.JSX.Element => (
    <ColumnSelect
      key={key}
      label={fieldLabel}
      hint={hint}
      required={required}
      options={options}
      value={mappedColumn(mapping, field)}
      notMapped={t.map.notMapped}
      missing={t.map.missing}
      format={t.map.column}
      onChange={(column) => void pane.setMapping(withColumn(mapping, field, column))}
    />
  );

  return (
    <section className={s.section} aria-labelledby="map-heading">
      <Subtitle2 as="h2" id="map-heading" className={s.heading}>
        {t.map.heading}
      </Subtitle2>
      {unmapped.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={s.wrap}>
            <MessageBarTitle>{t.map.unmapped(unmapped.length)}</MessageBarTitle>{" "}
            {unmapped.map(label).join(pane.language === "zh" ? "、" : "; ")}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="success">
          <MessageBarBody>{t.map.allMapped}</MessageBarBody>
        </MessageBar>
      )}
      {unknownCities.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody className={s.wrap}>
            <MessageBarTitle>{t.map.unknownCities(unknownCities.length)}</MessageBarTitle>{" "}
            {unknownCities.join(pane.language === "zh" ? "、" : ", ")}
          </MessageBarBody>
        </MessageBar>
      )}
      <fieldset className={s.fieldGroup}>
        <legend className={s.legend}>{t.map.columns}</legend>
        {select("city", t.map.city, { kind: "city" }, undefined, true)}
        {framework.bonus.map((b, i) =>
          select(`bonus${i}`, label(b), { kind: "bonus", index: i }, t.map.weight(b.weight))
        )}
        {select("total", t.map.total, { kind: "total" })}
        {select("region", t.map.region, { kind: "region" })}
        {select("province", t.map.province, { kind: "province" })}
        {select("level", t.map.level, { kind: "level" })}
        <Caption1 className={s.wrap}>{t.map.metaHint}</Caption1>
      </fieldset>
      {framework.dimensions.map((d) => (
        <fieldset key={d.id} className={s.fieldGroup}>
          <legend className={s.legend}>{`${label(d)} (${d.weight})`}</legend>
          {d.indicators.map((ind) => {
            const index = framework.indicators.indexOf(ind);
            return select(
              ind.id,
              label(ind),
              { kind: "indicator", index },
              t.map.weight(ind.weight),
              true
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}

type SelectProps = {
  label: string;
  hint?: string;
  required: boolean;
  options: ColumnOption[];
  value: number | null;
  notMapped: string;
  missing: string;
  format: (letters: string, header: string) => string;
  onChange: (column: number | null) => void;
};

function ColumnSelect({
  label,
  hint,
  required,
  options,
  value,
  notMapped,
  missing,
  format,
  onChange,
}: SelectProps): React.JSX.Element {
  return (
    <Field
      label={label}
      hint={hint}
      validationState={required && value === null ? "warning" : "none"}
      validationMessage={required && value === null ? missing : undefined}
    >
      <Select
        value={value === null ? "" : String(value)}
        onChange={(_, d) => onChange(d.value === "" ? null : Number(d.value))}
      >
        <option value="">{notMapped}</option>
        {options.map((o) => (
          <option key={o.index} value={String(o.index)}>
            {format(o.letters, o.header)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
