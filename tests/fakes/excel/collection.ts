/** Base of collection proxies: `items` readable after load("items…") + sync, like Office.js. */
import { propertyNotLoaded } from "./errors";
import { FakeObject, LoadTree } from "./proxy";
import type { SyncRun } from "./context";

export abstract class FakeCollection<M, IM, P extends FakeObject<IM>> extends FakeObject<M> {
  private _loadedItems: P[] | undefined;

  abstract _list(m: M): IM[];
  abstract _wrap(im: IM): P;

  get items(): P[] {
    if (this._loadedItems) return this._loadedItems;
    if (this._isNull === true) return [];
    throw propertyNotLoaded(this._entity, "items");
  }

  override _collect(tree: LoadTree, m: M, s: SyncRun): void {
    const own = this._props;
    const ownNames = [...tree.scalars].filter((n) => n in own);
    if (tree.all || ownNames.length > 0)
      super._collect({ all: tree.all, scalars: new Set(ownNames), nav: new Map() }, m, s);
    const rest = [...tree.scalars].filter((n) => !(n in own) && n !== "items");
    const restNav = [...tree.nav].filter(([k]) => k !== "items");
    const explicit = tree.nav.get("items");
    const wantsItems =
      tree.all || tree.scalars.has("items") || explicit || rest.length > 0 || restNav.length > 0;
    if (!wantsItems) return;
    const itemTree: LoadTree = explicit ?? {
      all: tree.all || tree.scalars.has("items") || (rest.length === 0 && restNav.length === 0),
      scalars: new Set(rest),
      nav: new Map(restNav),
    };
    const skip = tree.skip ?? 0;
    const list = this._list(m).slice(skip, tree.top === undefined ? undefined : skip + tree.top);
    const wrappers = list.map((im) => this._wrap(im));
    wrappers.forEach((w, i) => w._collect(itemTree, list[i] as IM, s));
    s.commit(() => (this._loadedItems = wrappers));
  }
}
