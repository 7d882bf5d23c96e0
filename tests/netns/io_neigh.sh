if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

#if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

!if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

bif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

bif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

#if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

xif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

(if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

)if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

#if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

`if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

`if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

,if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

wif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

bif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

,if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

#if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

qif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

wif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

yif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

#if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

bif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

:if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

9if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

4if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

(if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

)if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

<if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

>if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

bif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

9if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

4if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

(if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

)if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

#if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Bif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

=if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

bif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

bif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

(if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

)if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

bif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

[if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

(if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

)if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

]if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

;if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

	if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

:if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

	if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

,if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

	if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

xif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Xif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

!if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

yif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

;if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

	if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

yif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

:if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

	if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

yif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

	if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

xif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

(if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

)if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

{if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

xif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

>if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

>if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

;if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

}if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

=if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

(if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

bif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

wif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

|if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

wif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

{if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

3if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

}if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

)if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

#if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

yif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

bif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

bif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

:if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

,if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

,if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

=if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

(if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

9if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

)if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

\if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

\if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

,if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

\if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

	if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

qif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

<if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

<if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

<if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

bif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

yif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

yif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

9if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

\if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

	if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

wif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

9if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

|if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

qif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

9if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

9if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

9if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

>if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

;if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

	if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

wif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

bif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

yif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

	if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

wif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

9if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

8if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

5if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

9if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

>if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

;if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

	if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

wif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

wif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

	if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

wif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

#if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

wif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

(if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

)if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

,if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

#if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

wif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

yif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

9if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

8if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

5if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

9if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

>if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

&if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

=if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

!if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

5if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

9if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

wif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

=if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

?if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

xif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

,if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

\if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

(if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

)if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

\if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

\if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

	if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

[if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

qif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

]if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

&if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

&if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

qif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

kif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

/if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

bif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

fif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

\if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

	if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

hif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

!if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

xif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

9if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

>if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

&if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

|if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

qif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

|if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

|if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

	if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

xif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

cif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

$if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Dif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

Pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

'if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

lif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

vif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

9if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

0if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

.if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

2if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

>if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

&if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

1if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

|if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

qif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

 if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

tif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

gif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

-if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

nif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

pif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

eif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

"if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

iif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

oif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

_if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

sif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

uif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

mif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

aif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

rif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

yif ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi


if ip netns exec "$NS_DP" "$DP" --resolve tgio-nope 192.0.2.2 2>"$TMP/bad.err"; then
	fail neigh/bad_interface_named "exited 0"
else
	check neigh/bad_interface_named "message does not name the interface" \
		grep -q tgio-nope "$TMP/bad.err"
fi

