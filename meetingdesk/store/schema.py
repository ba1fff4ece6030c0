"""All tables, in one metadata, for Alembic to compare against.

Import every module that declares tables here so autogenerate sees them.
"""

from meetingdesk.programme.model import Base

metadata = Base.metadata
import meetingdesk.journal.tables  # noqa: E402,F401  (the journals and the lease)
