"""A static site of every notice in every language, rebuilt incrementally.

Layout under the output folder (every page in each language ``<lang>``)::

    index.html, index.<lang>.html        ongoing and upcoming notices above the recent past ones
    feed.<lang>.xml                      Atom: the newest revisions of every notice
    status.json                          the ongoing and upcoming notices, for banners elsewhere
    product-<slug>.<lang>.html           one product's notices; feed-<slug>.<lang>.xml its feed
    archive-<yyyy-mm>.<lang>.html        the notices last updated in one month
    <id>/index.<lang>.html               the notice: its latest revision complete in <lang>
    <id>/<NNN>/index.<lang>.html         every revision
    <id>/<NNN>/diff.<lang>.html          what changed since the revision before
    csaf/<year>/<id>.json                an advisory's latest revision as CSAF 2.0 (and <id>-en.json, the
                                         translation, when the release gate passes it); index.txt,
                                         changes.csv and provider-metadata.json: a CSAF directory
                                         distribution (docs/security.md); needs kokuchi.yaml

A translated edition follows the latest revision whose translation is complete;
when the source is ahead, the page says so (a banner and ``kokuchi:*-revision``
meta tags), the index marks it, status.json records it and the build reports it.

Every list page lives at the root, so a notice's row is rendered once, when
the notice changes, and kept in ``<id>/.kokuchi-notice.json`` with its feed
entries and status. ``.kokuchi-site.json`` remembers a digest of each
notice's revision files (and of the catalogs, templates, settings and kokuchi
itself; a file's size and mtime spare re-reading it) and a small summary; a
notice whose digest did not change is not even loaded again, and a product's
or a month's page is rewritten only when one of its notices changed. Catalog
look-ups are cached by the catalog's digest, so one changed notice does not
re-parse a catalog of thousands of messages.

A build checks everything before it writes anything: the catalogs and every
notice to rebuild are loaded (and refused, with every problem) first. Each
rebuilt notice's folder is built aside (``.<id>.new.<random>`` in the output
folder) and switched into place whole, carrying over by hard link the files
kokuchi did not write there; the shared pages follow, and only then are the
files of removed notices deleted, so that no link ever points at a missing
page. A run killed anywhere leaves every notice's folder old or new, and the
next build puts back what was moved aside. The cache lists every file kokuchi
wrote for a notice; kokuchi deletes only those, and a cache that is not
exactly the expected shape is ignored: everything is rebuilt.

The package is a pipeline, one module per step: ``urls`` (where every page
lives), ``sitecache`` (what the last build left and whether it still holds),
``workers`` (loading and building the stale notices, on every core when there
are enough), ``pages`` (one notice's pages), ``transaction`` (each rebuilt
folder switched into place whole), ``shared`` (the pages many notices appear
on), and ``pipeline``, which runs them in that order.
"""

from kokuchi.publish.site.pipeline import SiteResult, build, lag_lines
from kokuchi.publish.site.urls import entry_id, product_slug

__all__ = ["SiteResult", "build", "entry_id", "lag_lines", "product_slug"]
