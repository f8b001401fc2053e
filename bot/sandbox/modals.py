"""Filling in a modal the bot showed: turn the modal definition and typed values into a submit."""

from __future__ import annotations

from typing import Any

TEXT_INPUT = 4
ACTION_ROW = 1
LABEL = 18


def _text_inputs(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for component in components:
        if component.get("type") == TEXT_INPUT:
            found.append(component)
        elif component.get("type") == ACTION_ROW:
            found += _text_inputs(component.get("components") or [])
        elif component.get("type") == LABEL and isinstance(component.get("component"), dict):
            found += _text_inputs([component["component"]])
    return found


def modal_submit_data(modal: dict[str, Any], values: dict[str, str]) -> dict[str, Any]:
    """The `data` of a MODAL_SUBMIT interaction, shaped like the modal's own layout."""
    inputs = {c["custom_id"]: c for c in _text_inputs(modal.get("components") or [])}
    unknown = set(values) - set(inputs)
    if unknown:
        raise ValueError(f"modal has no text inputs {sorted(unknown)}; has {sorted(inputs)}")
    missing = [cid for cid, c in inputs.items() if c.get("required", True) and cid not in values]
    if missing:
        raise ValueError(f"modal needs values for {missing}")
    for custom_id, value in values.items():
        spec = inputs[custom_id]
        if len(value) > spec.get("max_length", 4000) or len(value) < spec.get("min_length", 0):
            raise ValueError(f"modal input {custom_id!r}: length {len(value)} out of range")

    def submitted(component: dict[str, Any]) -> dict[str, Any]:
        custom_id = component["custom_id"]
        return {"type": TEXT_INPUT, "custom_id": custom_id, "value": values.get(custom_id, "")}

    layout: list[dict[str, Any]] = []
    for component in modal.get("components") or []:
        kind = component.get("type")
        if kind == ACTION_ROW:
            children = _text_inputs(component.get("components") or [])
            layout.append({"type": ACTION_ROW, "components": [submitted(c) for c in children]})
        elif kind == LABEL and isinstance(component.get("component"), dict):
            inner = component["component"]
            if inner.get("type") == TEXT_INPUT:
                layout.append({"type": LABEL, "component": submitted(inner)})
    return {"custom_id": modal["custom_id"], "components": layout}
