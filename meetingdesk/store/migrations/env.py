"""Alembic environment: runs against the engine handed over by ``open_store``."""

from alembic import context

from meetingdesk.store.schema import metadata

config = context.config


def run() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        from meetingdesk.store.engine import make_engine

        url = config.get_main_option("sqlalchemy.url")
        if url is None:
            raise SystemExit("no database to migrate: give its URL as sqlalchemy.url")
        engine = make_engine(url)
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()


run()
