"""The site cases shared by the site tests and the site's browser tests."""

LAGGING = "hikari-storage-latency"

# A fourth report, written in Japanese only: its new sentences are in no catalog.
FOURTH = """\
revision: 4
published: 2026-06-09T11:40:00+09:00
type: incident
status: identified
title: Hikari Object Storage 応答遅延の再発について
products:
  - Hikari Object Storage
periods:
  - scope: 大阪リージョンの一部のバケット
    start: 2026-06-08T10:40:00+09:00
    end: 2026-06-08T12:35:00+09:00
    approximate: true
  - scope: 大阪リージョンの一部のバケット(再発)
    start: 2026-06-09T08:30:00+09:00
    approximate: true
sections:
  - id: impact
    kind: impact
    body: |
      大阪リージョンの一部のバケットにおいて、オブジェクトの読み込みおよび書き込みの応答が再び遅くなっております。

      - 一部のリクエストがタイムアウトする
      - 管理画面でバケットの一覧の表示に時間がかかる
  - id: cause
    kind: cause
    body: |
      ストレージノード間の再配置処理が想定より多く同時に実行され、ディスクの入出力が逼迫したことが原因と判明しました。
updates:
  - at: 2026-06-08T11:20:00+09:00
    kind: investigating
    body: 大阪リージョンの一部のバケットでの応答遅延を確認し、調査を開始しました。
    amended: 影響範囲を大阪リージョン全体と記載していたため訂正しました。
  - at: 2026-06-08T12:35:00+09:00
    kind: recovered
    body: 負荷の偏りを解消し、応答時間が通常の水準に戻ったことを確認しました。
  - at: 2026-06-09T09:10:00+09:00
    kind: investigating
    body: 同じバケットで応答遅延が再発したため、調査を再開しました。
  - at: 2026-06-09T11:40:00+09:00
    kind: identified
    body: 再配置処理の同時実行数を制限する対応を進めております。
"""
