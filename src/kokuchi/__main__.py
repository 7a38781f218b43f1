from kokuchi.cli import run

run()
