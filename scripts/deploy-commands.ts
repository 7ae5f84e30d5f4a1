// npm run deploy-commands — registers the slash commands in `commands/` with Discord.
import { formatConfigErrors, loadConfig } from '../src/config.js';
import { deployCommands } from '../src/discord/deploy.js';
import { loadCommands } from '../src/discord/load-commands.js';
import { loadDotenv } from '../src/load-env.js';

async function main(): Promise<number> {
  loadDotenv();
  const config = loadConfig();
  if (!config.ok) {
    console.error(formatConfigErrors(config.errors));
    return 1;
  }
  if (!config.config.discord) {
    console.error(formatConfigErrors([{ variable: 'DISCORD_TOKEN', message: 'DISCORD_TOKEN 未设置：注册命令需要机器人令牌。' }]));
    return 1;
  }
  const loaded = await loadCommands();
  if (!loaded.ok) {
    console.error(`commands/ 中的命令文件有误：\n  ${loaded.problems.join('\n  ')}`);
    return 1;
  }
  const deployed = await deployCommands(config.config.discord, loaded.commands);
  if (!deployed.ok) {
    console.error(formatConfigErrors([deployed.error]));
    return 1;
  }
  const { scope, guildId, names } = deployed.result;
  const where = scope === 'guild' ? `服务器 ${guildId}（立即生效）` : '全局（可能需要一段时间生效）';
  console.log(`已注册 ${names.length} 个命令到${where}：${names.map((n) => `/${n}`).join(' ')}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A REST failure: say what failed without dumping the request (which holds the token).
    console.error(`注册失败：${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
