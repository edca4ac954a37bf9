import type { ControlCategory } from "@/lib/generated/prisma/enums";

/** Territorial-control categories (Critical Threats vocabulary), from government to armed groups. */
export const CONTROL_COLOURS: Readonly<Record<ControlCategory, string>> = {
  GOVERNMENT_CONTROL: "#9cc3e0",
  CONTESTED: "#f6c98f",
  ARMED_GROUP_ATTACK_ZONE: "#e3735a",
  ARMED_GROUP_SUPPORT_ZONE: "#9b1c1c",
  UNKNOWN: "#cfd3da",
};

export const CONTROL_ORDER: readonly ControlCategory[] = [
  "GOVERNMENT_CONTROL",
  "CONTESTED",
  "ARMED_GROUP_ATTACK_ZONE",
  "ARMED_GROUP_SUPPORT_ZONE",
  "UNKNOWN",
];

export const NOT_ASSESSED_COLOUR = "#ffffff";
