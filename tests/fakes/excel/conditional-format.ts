/** Conditional formats on a range: DataBar, ColorScale, CellValue and the other rule types. */
import { intersects } from "./address";
import { FakeCollection } from "./collection";
import type { FakeRequestContext } from "./context";
import { excelEnums } from "./enums";
import { FakeErrorCode, FakeOfficeError, invalidArgument } from "./errors";
import type { ConditionalFormatModel, Ref } from "./model";
import {
  BagSchema,
  FakeBag,
  FakeObject,
  childProps,
  defineProps,
  resultOf,
  FakeClientResult,
} from "./proxy";
import { FakeRange } from "./range";

const font: BagSchema = {
  entity: "ConditionalRangeFont",
  props: { bold: null, italic: null, color: null, strikethrough: null, underline: null },
};
const fill: BagSchema = { entity: "ConditionalRangeFill", props: { color: null } };
const rangeFormat: BagSchema = {
  entity: "ConditionalRangeFormat",
  props: { numberFormat: null },
  nav: { font, fill },
};

function checkIn(values: Record<string, string>, v: unknown, location: string): void {
  if (typeof v !== "string" || !Object.values(values).includes(v))
    throw invalidArgument(location, `unexpected value '${String(v)}'`);
}

function checkCriterion(c: unknown, location: string): void {
  if (!c || typeof c !== "object") throw invalidArgument(location, "criterion must be an object");
  const o = c as Record<string, unknown>;
  checkIn(excelEnums.ConditionalFormatColorCriterionType, o.type, location);
  if (typeof o.color !== "string") throw invalidArgument(location, "criterion needs a color");
}

const schemas: Record<string, { nav: string; schema: BagSchema }> = {
  DataBar: {
    nav: "dataBar",
    schema: {
      entity: "DataBarConditionalFormat",
      props: {
        axisColor: "#000000",
        axisFormat: "Automatic",
        barDirection: "Context",
        showDataBarOnly: false,
        lowerBoundRule: { type: "LowestValue", formula: null },
        upperBoundRule: { type: "HighestValue", formula: null },
      },
      nav: {
        positiveFormat: {
          entity: "ConditionalDataBarPositiveFormat",
          props: { fillColor: "#638EC6", gradientFill: true, borderColor: "" },
        },
        negativeFormat: {
          entity: "ConditionalDataBarNegativeFormat",
          props: {
            fillColor: "#FF0000",
            borderColor: "",
            matchPositiveFillColor: false,
            matchPositiveBorderColor: false,
          },
        },
      },
      check: (name, v) => {
        if (name === "barDirection")
          checkIn(
            excelEnums.ConditionalDataBarDirection,
            v,
            "DataBarConditionalFormat.barDirection"
          );
        if (name === "axisFormat")
          checkIn(
            excelEnums.ConditionalDataBarAxisFormat,
            v,
            "DataBarConditionalFormat.axisFormat"
          );
        if (name === "lowerBoundRule" || name === "upperBoundRule")
          checkIn(
            excelEnums.ConditionalFormatRuleType,
            (v as { type?: unknown } | null)?.type,
            `DataBarConditionalFormat.${name}`
          );
      },
    },
  },
  ColorScale: {
    nav: "colorScale",
    schema: {
      entity: "ColorScaleConditionalFormat",
      props: { criteria: null, threeColorScale: true },
      readOnly: ["threeColorScale"],
      check: (name, v) => {
        if (name !== "criteria") return;
        const c = (v ?? {}) as Record<string, unknown>;
        checkCriterion(c.minimum, "ColorScaleConditionalFormat.criteria");
        checkCriterion(c.maximum, "ColorScaleConditionalFormat.criteria");
        if (c.midpoint !== undefined && c.midpoint !== null)
          checkCriterion(c.midpoint, "ColorScaleConditionalFormat.criteria");
      },
    },
  },
  CellValue: {
    nav: "cellValue",
    schema: {
      entity: "CellValueConditionalFormat",
      props: { rule: null },
      nav: { format: rangeFormat },
      check: (name, v) => {
        if (name !== "rule") return;
        const r = (v ?? {}) as Record<string, unknown>;
        checkIn(
          excelEnums.ConditionalCellValueOperator,
          r.operator,
          "CellValueConditionalFormat.rule"
        );
        if (typeof r.formula1 !== "string")
          throw invalidArgument("CellValueConditionalFormat.rule", "formula1 is required");
      },
    },
  },
  Custom: {
    nav: "custom",
    schema: {
      entity: "CustomConditionalFormat",
      props: {},
      nav: {
        rule: { entity: "ConditionalFormatRule", props: { formula: "", formulaLocal: "" } },
        format: rangeFormat,
      },
    },
  },
  TopBottom: {
    nav: "topBottom",
    schema: {
      entity: "TopBottomConditionalFormat",
      props: { rule: { rank: 10, type: "TopItems" } },
      nav: { format: rangeFormat },
    },
  },
  PresetCriteria: {
    nav: "preset",
    schema: {
      entity: "PresetCriteriaConditionalFormat",
      props: { rule: null },
      nav: { format: rangeFormat },
    },
  },
  ContainsText: {
    nav: "textComparison",
    schema: {
      entity: "TextConditionalFormat",
      props: { rule: null },
      nav: { format: rangeFormat },
    },
  },
  IconSet: {
    nav: "iconSet",
    schema: {
      entity: "IconSetConditionalFormat",
      props: {
        style: "ThreeTrafficLights1",
        reverseIconOrder: false,
        showIconOnly: false,
        criteria: [],
      },
    },
  },
};

export class FakeConditionalFormat extends FakeObject<ConditionalFormatModel> {
  constructor(context: FakeRequestContext, resolve: () => ConditionalFormatModel | null) {
    super(context, "ConditionalFormat", resolve);
    for (const [type, { nav, schema }] of Object.entries(schemas)) {
      let bag: FakeBag | undefined;
      Object.defineProperty(this, nav, {
        get: () =>
          (bag ??= new FakeBag(context, schema, () => {
            const m = this._model();
            if (m && m.type !== type)
              throw invalidArgument(
                `ConditionalFormat.${nav}`,
                `this conditional format is of type ${m.type}`
              );
            return m && childProps(m.props, nav);
          })),
      });
    }
  }

  override _guard(m: ConditionalFormatModel): void {
    if (m.deleted)
      throw new FakeOfficeError(FakeErrorCode.itemNotFound, undefined, "ConditionalFormat");
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const m = this._model();
      return m && { sheet: m.sheet, box: m.box };
    });
  }

  delete(): void {
    this._op("delete", undefined, (m) => {
      m.deleted = true;
      m.sheet.conditionalFormats = m.sheet.conditionalFormats.filter((cf) => cf !== m);
    });
  }
}
defineProps<ConditionalFormatModel>(
  FakeConditionalFormat,
  {
    id: { get: (m) => m.id },
    type: { get: (m) => m.type },
    priority: {
      get: (m) => m.sheet.conditionalFormats.indexOf(m),
      set: (m, v) => {
        const list = m.sheet.conditionalFormats.filter((cf) => cf !== m);
        list.splice(Math.max(0, Math.min(Number(v), list.length)), 0, m);
        m.sheet.conditionalFormats = list;
      },
    },
    stopIfTrue: {
      get: (m) => m.props.stopIfTrue === true,
      set: (m, v) => (m.props.stopIfTrue = v === true),
    },
  },
  Object.values(schemas).map((s) => s.nav)
);

export class FakeConditionalFormatCollection extends FakeCollection<
  Ref,
  ConditionalFormatModel,
  FakeConditionalFormat
> {
  constructor(context: FakeRequestContext, resolve: () => Ref | null) {
    super(context, "ConditionalFormatCollection", resolve);
  }

  _list(m: Ref): ConditionalFormatModel[] {
    return m.sheet.conditionalFormats.filter((cf) => intersects(cf.box, m.box));
  }

  _wrap(cf: ConditionalFormatModel): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => cf);
  }

  /** Adds a rule on top of the sheet's list (priority 0), as Excel does. */
  add(type: string): FakeConditionalFormat {
    let created: ConditionalFormatModel | undefined;
    this._op("add", type, (m, s) => {
      if (!schemas[type])
        throw invalidArgument("ConditionalFormatCollection.add", `unsupported type '${type}'`);
      created = {
        id: s.context._host.doc.newId(),
        type,
        sheet: m.sheet,
        box: { ...m.box },
        props: {},
        deleted: false,
      };
      m.sheet.conditionalFormats.unshift(created);
    });
    return new FakeConditionalFormat(this.context, () => created ?? null);
  }

  getItemAt(index: number): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => {
      const m = this._model();
      if (!m) return null;
      const cf = this._list(m)[index];
      if (!cf)
        throw new FakeOfficeError(
          FakeErrorCode.itemNotFound,
          undefined,
          "ConditionalFormatCollection.getItemAt"
        );
      return cf;
    });
  }

  getCount(): FakeClientResult<number> {
    return resultOf(this, "getCount", (m) => this._list(m).length);
  }

  clearAll(): void {
    this._op("clearAll", undefined, (m) => {
      const gone = new Set(this._list(m));
      for (const cf of gone) cf.deleted = true;
      m.sheet.conditionalFormats = m.sheet.conditionalFormats.filter((cf) => !gone.has(cf));
    });
  }
}
defineProps<Ref>(FakeConditionalFormatCollection, {});
