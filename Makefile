# Parallax: `make run` opens the app on the bundled sample, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint bench screenshots x11-screenshots clean install-desktop

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,cluster]"
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	@$(BIN)/python -m ui.system_libraries --install  # Qt's X11 libraries: installed when root, else named
	$(BIN)/python main.py $(ARTICLES)

install-desktop: $(STAMP)  # Parallax in the application menu: ~/.local/share/applications and its icon
	$(BIN)/python main.py --install-desktop

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

bench: $(STAMP)  # every accuracy and speed target of the engine, without --plain (the user's path) and with it
	$(BIN)/python bench/bible_web.py
	$(BIN)/python bench/bible_web.py --books all
	$(BIN)/python bench/bible_web.py --scaling --loader article
	$(BIN)/python bench/bible_paraphrase.py
	$(BIN)/python bench/bible_paraphrase.py --every-book --loader article
	$(BIN)/python bench/onestop.py
	$(BIN)/python bench/several_sources.py
	$(BIN)/python bench/near_copies.py
	$(BIN)/python bench/iterater_words.py
	$(BIN)/python bench/seeds_check.py
	$(BIN)/python bench/news_links.py
	$(BIN)/python bench/huge_inputs.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

screenshots: $(STAMP)  # the window on the sample and the seed pair, and the HTML report (needs chromium)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots

x11-screenshots: $(STAMP)  # the window under Xvfb + openbox with Qt's xcb platform (needs xvfb openbox xdotool imagemagick)
	bash .ci/x11-screenshots
