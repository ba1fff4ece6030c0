"""All tables, in one metadata, for Alembic to compare against.

Import every module that declares tables here so autogenerate sees them.
"""

from meetingdesk.programme.model import Base

metadata = Base.metadata
import meetingdesk.live.journal  # noqa: E402,F401  (the journal_event table)
import meetingdesk.record.journal  # noqa: E402,F401  (the record_event table)
