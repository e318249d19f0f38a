# Wirehouse with Airflow, for a Docker host. Installs exactly what uv.lock pins.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DO_NOT_TRACK=1 \
    GX_ANALYTICS_ENABLED=false \
    DBT_SEND_ANONYMOUS_USAGE_STATS=false

RUN apt-get update \
    && apt-get install -y --no-install-recommends make \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /opt/wirehouse
COPY pyproject.toml uv.lock README.md Makefile ./
COPY extractors ./extractors
COPY wirehouse ./wirehouse
COPY expectations ./expectations
COPY dbt_project ./dbt_project
COPY dags ./dags
COPY scripts ./scripts
COPY sample_site ./sample_site
RUN make install

RUN useradd --create-home wirehouse && chown -R wirehouse /opt/wirehouse
USER wirehouse
EXPOSE 8080
CMD ["scripts/airflow-local.sh"]
