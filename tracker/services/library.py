"""Use cases on the document library: list, open, edit metadata, delete."""

from __future__ import annotations

from tracker.domain.model import Document
from tracker.services.context import AppContext
from tracker.storage import repos
from tracker.storage.repos import DocumentSummary


def list_documents(ctx: AppContext) -> list[DocumentSummary]:
    with ctx.db.session() as session:
        return repos.list_documents(session)


def get_document(ctx: AppContext, doc_id: int) -> Document:
    with ctx.db.session() as session:
        return repos.get_document(session, doc_id)


def update_document(ctx: AppContext, doc_id: int, **changes: object) -> Document:
    with ctx.db.session() as session:
        region = changes.get("region_code")
        if isinstance(region, str):
            repos.ensure_regions(session, ctx.gazetteer.path(region))
        return repos.update_document(session, doc_id, **changes)


def delete_document(ctx: AppContext, doc_id: int) -> None:
    with ctx.db.session() as session:
        repos.delete_document(session, doc_id)


def region_label(ctx: AppContext, code: str | None) -> str:
    return ctx.gazetteer.display_name(code) if code else ""


def document_json(ctx: AppContext, d: DocumentSummary) -> dict:
    return {
        "id": d.id, "uuid": d.uuid, "title": d.title,
        "date": d.doc_date.isoformat() if d.doc_date else None,
        "type": d.doc_type.value, "region_code": d.region_code,
        "region": region_label(ctx, d.region_code), "script": d.script.value,
        "format": d.source_format, "issuer": d.issuer, "chars": d.chars,
        "commitments": d.commitments, "source_path": d.source_path,
    }
