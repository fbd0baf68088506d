"""诊改工作台 (zhengai): offline desktop tool for a vocational college's 诊改 work."""

__version__ = "0.1.0"
APP_NAME = "zhengai"
