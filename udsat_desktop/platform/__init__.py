"""The computer the program runs on: folders (paths.py), settings files (settings.py), atomic
writes (fsutil.py), key derivation (kdf.py), the log file (logsetup.py), the console
(console.py) and the process clock (proctime.py). Standard library and platformdirs only;
imports nothing else of ours, so every layer may use it and importing it costs nothing."""
