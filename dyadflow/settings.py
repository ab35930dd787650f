"""Settings with a clear precedence: CLI flag > environment (DYADFLOW_*) > .env file > default."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DYADFLOW_", env_file=".env", extra="ignore")

    warehouse: Path = Field(
        default=Path("warehouse/dyadflow.duckdb"), description="DuckDB file of the warehouse"
    )
    exports: Path | None = Field(
        default=None, description="Parquet export directory (default: <warehouse dir>/exports)"
    )
    spacy_model: str | None = Field(
        default=None,
        description="an installed spaCy pipeline (name or path) to use instead of the bundled one",
    )
    workers: int = Field(default=1, ge=1, description="processes used to code articles")
    batch_size: int = Field(default=64, ge=1, description="documents per coding batch")
    feeds_file: Path | None = Field(default=None, description="TOML file listing news feeds (see feeds.toml)")
    prefect_home: Path | None = Field(
        default=None, description="PREFECT_HOME for flow runs (default: <warehouse dir>/prefect)"
    )

    def exports_dir(self) -> Path:
        return self.exports or self.warehouse.parent / "exports"

    def prefect_home_dir(self) -> Path:
        return self.prefect_home or self.warehouse.parent / "prefect"
