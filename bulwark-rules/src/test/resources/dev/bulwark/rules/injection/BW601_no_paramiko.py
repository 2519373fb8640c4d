import fabric_like

runner = fabric_like.Runner()
runner.exec_command(input())
fabric_like.exec_command(input())
