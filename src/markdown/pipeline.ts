/** The remark plugins every entry body runs through, in order (Markdown and MDX alike). */
import type { PluggableList } from 'unified';

export const remarkPlugins: PluggableList = [];
