"""The Whisper tier: whisper.cpp's speech-to-text servers the gateway calls, each behind an
Envoy whose queue KEDA scales them on; on CPU in LOCAL, on a GPU pool beyond."""
