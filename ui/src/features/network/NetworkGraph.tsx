// The vendor network around one vendor, drawn with xyflow: upstream vendors on the left, the
// vendor in the middle, its subprocessors on the right. Nodes show the rank in the chain and
// the flags of the data received; edges show the categories passing.
import { Background, Controls, Handle, MarkerType, Position, ReactFlow, type Edge, type Node, type NodeProps } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FlagBadges } from "../../components/FlagBadges";
import type { VendorNetwork } from "../../ipc";

type VendorNodeData = VendorNetwork["nodes"][number] & { centre: boolean; onOpen?: (id: number) => void };

function VendorNode({ data }: NodeProps<Node<VendorNodeData>>) {
  const { t } = useTranslation();
  return (
    <div className={`graph-node ${data.centre ? "graph-node-centre" : ""}`} data-testid={`graph-node-${data.vendor.name}`}>
      <Handle type="target" position={Position.Left} />
      <div className="graph-node-name">{data.vendor.name}</div>
      <div className="graph-node-meta">
        {data.rank === null ? t("network.noData") : t("network.rank", { rank: data.rank })}
        {data.directCategories > 0 && <> · {t("network.categories", { count: data.directCategories })}</>}
      </div>
      <FlagBadges flags={data.flags} />
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

const nodeTypes = { vendor: VendorNode };

export function NetworkGraph({ network, centre, onOpen }: { network: VendorNetwork; centre: number; onOpen?: (id: number) => void }) {
  const { t } = useTranslation();
  const { nodes, edges } = useMemo(() => {
    const byLayer = new Map<number, VendorNetwork["nodes"]>();
    network.nodes.forEach((n) => byLayer.set(n.layer, [...(byLayer.get(n.layer) ?? []), n]));
    const nodes: Node<VendorNodeData>[] = network.nodes.map((n) => {
      const column = byLayer.get(n.layer) ?? [];
      const index = column.indexOf(n);
      return {
        id: String(n.vendor.id),
        type: "vendor",
        position: { x: n.layer * 340, y: (index - (column.length - 1) / 2) * 110 },
        data: { ...n, centre: n.vendor.id === centre, onOpen },
        draggable: true,
      };
    });
    const edges: Edge[] = network.edges.map((e, i) => ({
      id: `e${i}`,
      source: String(e.from.id),
      target: String(e.to.id),
      label: e.categories.length === 0 ? t("network.unstated") : e.categories.length === 1 ? e.categories[0] : t("network.categories", { count: e.categories.length }),
      labelStyle: { fontSize: 11 },
      style: e.categories.length ? undefined : { strokeDasharray: "5 4" },
      markerEnd: { type: MarkerType.ArrowClosed },
      animated: false,
    }));
    return { nodes, edges };
  }, [network, centre, onOpen, t]);
  return (
    <div className="graph" data-testid="network-graph">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        fitViewOptions={{ padding: 0.2 }}
        minZoom={0.2}
        proOptions={{ hideAttribution: true }}
        onNodeDoubleClick={(_, node) => onOpen?.(Number(node.id))}
        nodesConnectable={false}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
      {network.truncated && <p className="muted small graph-note">{t("network.truncated")}</p>}
    </div>
  );
}
