"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

function ControlButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="min-h-11 rounded border border-line bg-white px-3 py-2 text-sm font-medium hover:bg-sand sm:min-h-0 sm:py-1.5"
    >
      {children}
    </button>
  );
}

export function TimelineControls(props: {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onEarlier: () => void;
  onLater: () => void;
  onShowAll?: () => void;
}) {
  const t = useTranslations("timeline");
  return (
    <div role="group" aria-label={t("controls")} className="flex flex-wrap gap-2">
      <ControlButton onClick={props.onZoomIn}>
        <span aria-hidden="true">+ </span>
        {t("zoomIn")}
      </ControlButton>
      <ControlButton onClick={props.onZoomOut}>
        <span aria-hidden="true">− </span>
        {t("zoomOut")}
      </ControlButton>
      <ControlButton onClick={props.onEarlier}>
        <span aria-hidden="true">← </span>
        {t("earlier")}
      </ControlButton>
      <ControlButton onClick={props.onLater}>
        {t("later")}
        <span aria-hidden="true"> →</span>
      </ControlButton>
      {props.onShowAll ? (
        <ControlButton onClick={props.onShowAll}>{t("showAll")}</ControlButton>
      ) : null}
    </div>
  );
}
