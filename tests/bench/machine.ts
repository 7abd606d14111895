import os from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  cpuCount: number;
  totalMemGb: number;
  node: string;
  platform: string;
  date: string;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    totalMemGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
  };
}

export function machineLine(m: MachineInfo): string {
  return `Machine: ${m.cpuModel} × ${m.cpuCount}, ${m.totalMemGb} GB RAM, Node ${m.node} (${m.platform}), ${m.date}`;
}
