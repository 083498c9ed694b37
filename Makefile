# Two commands for a fresh Debian machine with the Swift toolchain:
#   make site   installs what is missing, builds, generates public/ from content/
#   make test   the same setup, then the whole test suite
SWIFT ?= swift
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev
PLAYBOOK := .build/release/playbook

.PHONY: site test browser-test nightly fuzz bench deps python-deps browser-deps release debug clean

site: release
	$(PLAYBOOK) build

# The iCalendar fixtures are checked by a real parser as well as by the Swift tests.
test: deps python-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	python3 Tests/ics/check_ics.py Tests/ics/fixtures/team.ics Tests/ics/fixtures/team.json \
	  Tests/ics/fixtures/berlin.ics Tests/ics/fixtures/berlin.json
	bash Tests/cli/run.sh .build/debug/playbook
	bash Tests/nightly/run.sh
	python3 Tests/interrupt/run.py .build/debug/playbook 50
	bash Tests/fuzz/run.sh 5
	$(MAKE) browser-test

# The shipped example, built into a temporary folder and opened from disk in headless
# Chromium: console errors, keyboard use, dark scheme, axe-core, page weight, phone widths,
# screenshots. `make test` runs it last, after the faster suites.
browser-test: deps browser-deps
	$(SWIFT) build --product playbook
	@site=$$(mktemp -d); trap 'rm -rf "$$site"' EXIT; \
	.build/debug/playbook build --output "$$site/public" >/dev/null && \
	python3 Tests/browser/run.py "$$site/public"

# The unattended nightly run (docs/nightly.md): import the CRM's exports from EXPORTS into
# the snapshot and its history (EXPORTS= builds the snapshot in place), build incrementally, refuse a snapshot older than
# MAX_SNAPSHOT_AGE, check every link, write REPORT. A failure's kind is in the report
# (`exit_code`, `failure`) and in `playbook nightly`'s own exit code (1 content, 2 system,
# 3 data); make itself ends with 2 on any of them.
EXPORTS ?= exports
MAPPING ?= content/data/import/hubspot.yml
CONTENT ?= content
TEMPLATES ?= site-templates
CONFIG ?= playbook.yml
OUTPUT ?= public
REPORT ?= $(OUTPUT)/build-report.json
MAX_SNAPSHOT_AGE ?= 36h
PLAYBOOK_BUILD ?= release
nightly: $(PLAYBOOK_BUILD)
	$(PLAYBOOK) nightly $(foreach export,$(EXPORTS),--exports "$(export)") --mapping "$(MAPPING)" --content "$(CONTENT)" \
	  --templates "$(TEMPLATES)" --config "$(CONFIG)" --output "$(OUTPUT)" --report "$(REPORT)" \
	  --max-snapshot-age "$(MAX_SNAPSHOT_AGE)"

# libFuzzer on the front-matter splitter, the RRULE parser and expander, the snapshot decoder
# and the slugger, FUZZ_SECONDS each (make test runs them for 5 s). Crashes are kept in
# .build/fuzz/crashes/; each one found becomes a regression test.
FUZZ_SECONDS ?= 300
fuzz: deps
	bash Tests/fuzz/run.sh $(FUZZ_SECONDS)

# Timings of whole builds; results and the machine they came from go in docs/PERFORMANCE.md.
# Hugo builds the handbook benchmark's corpus too, for comparison.
bench: release
	@command -v /usr/bin/time >/dev/null || $(MAKE) deps APT_PACKAGES=time
	@command -v hugo >/dev/null || $(MAKE) deps APT_PACKAGES=hugo
	bash Tests/bench/pipeline.sh $(PLAYBOOK)
	bash Tests/bench/handbook.sh $(PLAYBOOK)

# The release binary links the Swift runtime and Foundation statically: each command starts
# about 8 ms sooner than with the shared libraries (a no-op rebuild takes under 100 ms, so
# it shows). Foundation's static libraries need libcurl to link.
release: deps
	@$(MAKE) --no-print-directory deps APT_PACKAGES=libcurl4-openssl-dev
	$(SWIFT) build -c release --product playbook --static-swift-stdlib

debug: deps
	$(SWIFT) build --product playbook

# Installs the Debian packages cmark-gfm comes in, refreshing the package lists first
# only when something is missing.
deps:
	@missing=""; \
	for package in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	  echo "Installing$$missing"; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

# The Python packages Tests/ics/check_ics.py reads feeds with: icalendar, which brings
# python-dateutil. pip runs only when the import fails.
python-deps:
	@python3 -c 'import icalendar' 2>/dev/null || { \
	  echo "Installing icalendar"; \
	  PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet icalendar; \
	}

# Headless Chromium with its WebDriver, and the Python packages that drive it and run
# axe-core. apt-get and pip run only when something is missing.
browser-deps:
	@$(MAKE) --no-print-directory deps APT_PACKAGES="chromium chromium-driver"
	@python3 -c 'import selenium, axe_selenium_python' 2>/dev/null || { \
	  echo "Installing selenium axe-selenium-python"; \
	  PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet selenium axe-selenium-python; \
	}

clean:
	rm -rf .build public .public.staging
